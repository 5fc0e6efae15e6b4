package io.litstream.ingest.source;

import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.PoliteFetcher;
import io.litstream.ingest.fetch.UrlRedaction;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.ingest.read.Rejection;
import io.litstream.ingest.state.SourceState;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one page in, once: fetches it, reads it with the {@link ArticleReader} and hands the
 * article or the rejection to the sink, then remembers the page in the {@link SourceState} so
 * that no later poll, nor a restarted ingester sharing the state, fetches it again. A page found
 * again with a different version (a sitemap's {@code lastmod}) is fetched again; its article id
 * being stable, it updates the article downstream.
 *
 * <p>Transient failures (timeouts, 5xx, network) are dead-lettered and the page is tried again on
 * the next poll, up to {@link #MAX_ATTEMPTS} times; permanent ones (robots.txt, 404, refused
 * address, too large) are dead-lettered once. Shared by the feed, sitemap and URL-list sources.
 */
public final class PageIntake {
    /** Polls on which a page failing transiently is tried before it is given up. */
    public static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(PageIntake.class);
    private static final String DONE = "done|";
    private static final String FAILED = "failed|";

    /** What became of a page. */
    public enum Outcome {
        /** An article or a rejection went to the sink. */
        HANDED_OVER,
        /** Taken in before (or given up on), nothing done. */
        ALREADY_SEEN,
        /** Failed for now; the next poll tries again. */
        RETRY_LATER,
        /** The source is shutting down. */
        STOPPED
    }

    private final PoliteFetcher fetcher;
    private final ArticleReader reader;
    private final ArticleSink sink;
    private final SourceState state;
    private final SourceCounters counters;

    public PageIntake(PoliteFetcher fetcher, ArticleReader reader, ArticleSink sink, SourceState state, SourceCounters counters) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.state = Objects.requireNonNull(state, "state");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    public ArticleSink sink() {
        return sink;
    }

    public SourceState state() {
        return state;
    }

    public SourceCounters counters() {
        return counters;
    }

    public PoliteFetcher fetcher() {
        return fetcher;
    }

    /** Whether {@code page} at {@code version} was taken in already. */
    public boolean seen(URI page, String version) {
        Optional<String> stored = state.get(key(page));
        return stored.isPresent() && (stored.get().equals(DONE + version(version)) || gaveUp(stored.get()));
    }

    /**
     * Takes {@code page} in unless it was already.
     *
     * @param version changes when the page does (sitemap {@code lastmod}); empty when unknown
     * @param kind    the kind of source, recorded in the article
     */
    public Outcome take(URI page, String version, SourceKind kind) {
        if (seen(page, version)) {
            counters.increment("skipped_seen");
            return Outcome.ALREADY_SEEN;
        }
        FetchResult result = fetcher.fetch(page);
        try {
            if (result instanceof FetchResult.Ok ok) {
                handOver(page, ok, kind);
                state.put(key(page), DONE + version(version));
                return Outcome.HANDED_OVER;
            }
            if (result instanceof FetchResult.Failed failed) {
                return failed(page, version, failed);
            }
            // A page is fetched without validators, so a 304 would be a server bug: treat it as seen.
            state.put(key(page), DONE + version(version));
            return Outcome.ALREADY_SEEN;
        } catch (RuntimeException e) {
            // The sink could not take it (Kafka down): leave the page unmarked, the next poll tries again.
            counters.increment("sink_errors");
            LOG.error("could not hand over {}; will try again on the next poll", page, e);
            return Outcome.RETRY_LATER;
        }
    }

    /** Hands a rejection for {@code source} to the sink, with a log line and a counter. */
    public void reject(String source, Rejection rejection) {
        counters.increment("rejected." + rejection.reason());
        LOG.warn("dead-lettering {}: {}", source, rejection.detail());
        sink.reject(source, rejection);
    }

    /** Hands a fetch failure to the sink as a rejection, with a log line and a counter. */
    public void reject(FetchResult.Failed failed, String context) {
        counters.increment("failed." + failed.kind());
        String detail = failed.kind() + (failed.status() > 0 ? " (HTTP " + failed.status() + ")" : "") + ": " + failed.detail()
                + (context.isEmpty() ? "" : "; " + context);
        reject(UrlRedaction.redact(failed.requested()), new Rejection(failed.reason(), detail, new byte[0]));
    }

    private void handOver(URI page, FetchResult.Ok ok, SourceKind kind) {
        counters.increment("fetched");
        ReadResult read = reader.read(ok.finalUri().toString(), kind, fileNameFor(ok.finalUri(), ok.contentType()), ok.body());
        if (read instanceof ReadResult.Accepted accepted) {
            RawArticle article = accepted.article();
            if (article.url() == null) {
                article = article.withUrl(ok.finalUri().toString());
            }
            LOG.debug("read {} as {}", page, article.id());
            sink.accept(article);
            counters.increment("articles");
        } else if (read instanceof Rejection rejection) {
            reject(ok.finalUri().toString(), rejection);
        }
    }

    private Outcome failed(URI page, String version, FetchResult.Failed failed) {
        if (failed.kind() == FetchResult.FailureKind.INTERRUPTED) {
            return Outcome.STOPPED;
        }
        if (!failed.transientFailure()) {
            reject(failed, "");
            state.put(key(page), DONE + version(version));
            return Outcome.HANDED_OVER;
        }
        int attempt = attempts(page) + 1;
        boolean givingUp = attempt >= MAX_ATTEMPTS;
        reject(failed, "attempt " + attempt + " of " + MAX_ATTEMPTS + (givingUp ? ", giving up" : ", will try again on the next poll"));
        state.put(key(page), FAILED + attempt);
        return givingUp ? Outcome.HANDED_OVER : Outcome.RETRY_LATER;
    }

    private int attempts(URI page) {
        return state.get(key(page)).filter(v -> v.startsWith(FAILED)).map(v -> parseIntOr(v.substring(FAILED.length()), 0)).orElse(0);
    }

    private static boolean gaveUp(String stored) {
        return stored.startsWith(FAILED) && parseIntOr(stored.substring(FAILED.length()), 0) >= MAX_ATTEMPTS;
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String key(URI page) {
        return "page|" + page;
    }

    private static String version(String version) {
        return version == null ? "" : version;
    }

    /** A file name whose extension tells the reader the format the server announced. */
    static String fileNameFor(URI uri, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return "page.html";
        }
        if (type.startsWith("text/markdown") || type.startsWith("text/x-markdown")) {
            return "page.md";
        }
        if (type.startsWith("text/plain")) {
            return "page.txt";
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return last.matches(".*\\.(html?|txt|md|markdown)") ? last : "";
    }

}
