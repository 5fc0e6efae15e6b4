package io.litstream.ingest.sitemap;

import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.Validators;
import io.litstream.ingest.identity.ContentHash;
import io.litstream.ingest.read.Rejection;
import io.litstream.ingest.source.PageIntake;
import io.litstream.ingest.source.ScheduledSource;
import io.litstream.topics.article.RawArticle.SourceKind;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An XML sitemap or sitemap index, polled with conditional GET; every page it lists is fetched
 * once, and again only when its {@code lastmod} changes. The sitemaps of an index are fetched
 * when their own {@code lastmod} changed (or was never given); an index inside an index is not
 * followed, as the protocol does not allow it.
 */
public final class SitemapSource implements ScheduledSource.Poll {
    private static final Logger LOG = LoggerFactory.getLogger(SitemapSource.class);

    private final URI sitemap;
    private final PageIntake intake;
    private final SitemapParser parser = new SitemapParser();

    public SitemapSource(URI sitemap, PageIntake intake) {
        this.sitemap = Objects.requireNonNull(sitemap, "sitemap");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    public String name() {
        return "sitemap " + sitemap;
    }

    @Override
    public void poll() throws InterruptedException {
        Optional<Sitemap> root = fetch(sitemap);
        if (root.isEmpty()) {
            return;
        }
        boolean complete;
        if (root.get().index()) {
            complete = true;
            for (Sitemap.Entry child : root.get().entries()) {
                String lastmodKey = "sitemap|" + child.loc() + "|lastmod";
                if (!child.lastmod().isEmpty() && intake.state().get(lastmodKey).orElse("").equals(child.lastmod())) {
                    continue; // that sitemap has not changed since we read it in full
                }
                Optional<Sitemap> nested = fetch(child.loc());
                if (nested.isEmpty()) {
                    continue;
                }
                if (nested.get().index()) {
                    intake.reject(child.loc().toString(), new Rejection(DeadLetterReason.UNREADABLE,
                            "a sitemap index inside a sitemap index is not followed", new byte[0]));
                    continue;
                }
                if (takePages(nested.get())) {
                    intake.state().put(lastmodKey, child.lastmod());
                } else {
                    complete = false;
                    intake.state().put(validatorsKey(child.loc()), ""); // read it whole again next time
                }
            }
        } else {
            complete = takePages(root.get());
        }
        if (!complete) {
            // Forget the validators so that the next poll reads the sitemap again and retries what failed.
            intake.state().put(validatorsKey(sitemap), "");
        }
    }

    /** Takes in every page of a urlset; false when some page must be tried again later. */
    private boolean takePages(Sitemap urlset) throws InterruptedException {
        boolean complete = true;
        int taken = 0;
        for (Sitemap.Entry page : urlset.entries()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopping");
            }
            switch (intake.take(page.loc(), page.lastmod(), SourceKind.URL)) {
                case STOPPED -> throw new InterruptedException("stopping");
                case RETRY_LATER -> complete = false;
                case HANDED_OVER -> taken++;
                case ALREADY_SEEN -> { }
            }
        }
        LOG.info("{}: {} pages listed, {} taken in", sitemap, urlset.entries().size(), taken);
        return complete;
    }

    /** Fetches and parses one sitemap; empty when unchanged or failed (failures are dead-lettered). */
    private Optional<Sitemap> fetch(URI uri) throws InterruptedException {
        String key = validatorsKey(uri);
        FetchResult result = intake.fetcher().fetch(uri, Validators.decode(intake.state().get(key).orElse("")));
        if (result instanceof FetchResult.NotModified) {
            intake.counters().increment("not_modified");
            return Optional.empty();
        }
        if (result instanceof FetchResult.Failed failed) {
            if (failed.kind() == FetchResult.FailureKind.INTERRUPTED) {
                throw new InterruptedException("stopping");
            }
            intake.reject(failed, "sitemap");
            return Optional.empty();
        }
        FetchResult.Ok ok = (FetchResult.Ok) result;
        intake.state().put(key, ok.validators().encode());
        try {
            return Optional.of(parser.parse(ok.body()));
        } catch (SitemapParser.SitemapParseException e) {
            // Once per broken version, not on every poll of a server that gives no validators.
            String brokenKey = "sitemap|" + uri + "|broken";
            String hash = ContentHash.of(new String(ok.body(), StandardCharsets.ISO_8859_1));
            if (intake.state().get(brokenKey).orElse("").equals(hash)) {
                intake.counters().increment("unchanged_broken");
                return Optional.empty();
            }
            intake.state().put(brokenKey, hash);
            intake.counters().increment("failed.MALFORMED_SITEMAP");
            intake.reject(uri.toString(), new Rejection(DeadLetterReason.UNREADABLE, e.getMessage(), new byte[0]));
            return Optional.empty();
        }
    }

    private static String validatorsKey(URI uri) {
        return "sitemap|" + uri + "|validators";
    }
}
