package io.litstream.ingest.source;

import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.UrlRedaction;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.read.Rejection;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a source of a literature API (ClinicalTrials.gov, Europe PMC) does with each answer: the
 * body of a success, counted; a failure dead-lettered with the (redacted) URL, its kind and
 * status, and counted; an interrupted fetch turned back into an interruption so the source stops.
 */
public final class ApiAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ApiAnswers.class);

    private final ArticleSink sink;
    private final SourceCounters counters;

    public ApiAnswers(ArticleSink sink, SourceCounters counters) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /**
     * The body of a success; empty (and dead-lettered) otherwise.
     *
     * @param what the call, in the dead letter's detail ("esearch", "ClinicalTrials.gov search")
     */
    public Optional<byte[]> body(FetchResult result, URI uri, String what) throws InterruptedException {
        if (result instanceof FetchResult.Ok ok) {
            counters.increment("fetched");
            return Optional.of(ok.body());
        }
        if (result instanceof FetchResult.Failed failed) {
            if (failed.kind() == FetchResult.FailureKind.INTERRUPTED) {
                throw new InterruptedException("stopping");
            }
            counters.increment("failed." + failed.kind());
            reject(uri, failed.reason(), what + " failed: " + failed.kind()
                    + (failed.status() > 0 ? " (HTTP " + failed.status() + ")" : "") + ": " + failed.detail(), new byte[0]);
        }
        return Optional.empty(); // a 304 cannot happen: no validators are sent
    }

    /** Dead-letters what came from {@code uri}, with the URL redacted in the source and the detail. */
    public void reject(URI uri, DeadLetterReason reason, String detail, byte[] payload) {
        String source = UrlRedaction.redact(uri);
        counters.increment("rejected." + reason);
        LOG.warn("dead-lettering {}: {}", source, detail);
        sink.reject(source, Rejection.keepingPrefix(reason, UrlRedaction.redact(detail), payload));
    }
}
