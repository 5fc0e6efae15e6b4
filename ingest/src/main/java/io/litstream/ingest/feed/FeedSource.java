package io.litstream.ingest.feed;

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
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RSS or Atom feed, polled with conditional GET; each entry not seen before is followed to
 * its page, which is fetched and read as an article ({@link PageIntake}). Entries are remembered
 * by guid/id (else link) in the source state, as are the feed's validators, so neither a later
 * poll nor a restart takes an entry in twice.
 *
 * <p>The validators are stored only once every entry of the feed is done: if a page failed for
 * now, the next poll downloads the feed again instead of getting a {@code 304}, and retries it.
 */
public final class FeedSource implements ScheduledSource.Poll {
    private static final Logger LOG = LoggerFactory.getLogger(FeedSource.class);

    private final URI feed;
    private final PageIntake intake;
    private final FeedParser parser = new FeedParser();

    public FeedSource(URI feed, PageIntake intake) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    public String name() {
        return "feed " + feed;
    }

    @Override
    public void poll() throws InterruptedException {
        String validatorsKey = "feed|" + feed + "|validators";
        Validators known = Validators.decode(intake.state().get(validatorsKey).orElse(""));
        FetchResult result = intake.fetcher().fetch(feed, known);
        if (result instanceof FetchResult.NotModified) {
            intake.counters().increment("not_modified");
            LOG.debug("{} not modified", feed);
            return;
        }
        if (result instanceof FetchResult.Failed failed) {
            if (failed.kind() == FetchResult.FailureKind.INTERRUPTED) {
                throw new InterruptedException("stopping");
            }
            intake.reject(failed, "feed");
            return;
        }
        FetchResult.Ok ok = (FetchResult.Ok) result;
        List<FeedItem> items;
        try {
            items = parser.parse(ok.body(), ok.finalUri());
        } catch (FeedParser.FeedParseException e) {
            // Report a broken feed once per broken version, not on every poll: by validators when the
            // server gives them, else by the body's hash.
            String brokenKey = "feed|" + feed + "|broken";
            String hash = ContentHash.of(new String(ok.body(), StandardCharsets.ISO_8859_1));
            if (intake.state().get(brokenKey).orElse("").equals(hash)) {
                intake.counters().increment("unchanged_broken");
                return;
            }
            intake.state().put(brokenKey, hash);
            intake.counters().increment("failed.MALFORMED_FEED");
            intake.reject(feed.toString(), Rejection.keepingPrefix(DeadLetterReason.UNREADABLE,
                    "malformed or unsafe feed: " + e.getMessage(), ok.body()));
            // Remember the broken version: it is reported once, not on every poll until it changes.
            intake.state().put(validatorsKey, ok.validators().encode());
            return;
        }
        intake.state().get("feed|" + feed + "|broken").filter(h -> !h.isEmpty())
                .ifPresent(h -> intake.state().put("feed|" + feed + "|broken", ""));
        boolean retryLater = false;
        int taken = 0;
        for (FeedItem item : items) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopping");
            }
            String itemKey = "feed|" + feed + "|item|" + item.key();
            if (intake.state().get(itemKey).isPresent()) {
                intake.counters().increment("skipped_seen");
                continue;
            }
            if (item.link() == null) {
                intake.reject(feed.toString(), new Rejection(DeadLetterReason.UNREADABLE,
                        "feed entry '" + item.key() + "' has no http(s) link", new byte[0]));
                intake.state().put(itemKey, "no-link");
                continue;
            }
            PageIntake.Outcome outcome = intake.take(item.link(), "", SourceKind.FEED);
            switch (outcome) {
                case STOPPED -> throw new InterruptedException("stopping");
                case RETRY_LATER -> retryLater = true;
                default -> {
                    intake.state().put(itemKey, "seen");
                    taken++;
                }
            }
        }
        if (!retryLater) {
            intake.state().put(validatorsKey, ok.validators().encode());
        }
        LOG.info("{}: {} entries, {} new{}", feed, items.size(), taken, retryLater ? ", some to retry" : "");
    }
}
