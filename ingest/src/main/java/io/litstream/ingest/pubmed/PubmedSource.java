package io.litstream.ingest.pubmed;

import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.SafeXml;
import io.litstream.ingest.fetch.UrlRedaction;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.read.Rejection;
import io.litstream.ingest.source.ScheduledSource;
import io.litstream.ingest.source.SourceCounters;
import io.litstream.ingest.state.SourceState;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PubMed query, searched over a moving date window: the first poll covers
 * {@link PubmedOptions#initialWindow()} up to today, each later one from the end of the last
 * completed window (less {@link PubmedOptions#overlap()}) up to today. New PMIDs are fetched with
 * {@code efetch} in batches, parsed ({@link PubmedXmlParser}) and published as articles; every
 * PMID taken in is remembered in the source state, globally, so that a record matched by two
 * queries or two overlapping windows is published once. The window advances only when a poll took
 * in everything it found, so a failed request is retried on the next poll.
 */
public final class PubmedSource implements ScheduledSource.Poll {
    /** {@code esearch} returns at most the first 10,000 records of a search. */
    private static final int ESEARCH_LIMIT = 9_999;
    private static final Logger LOG = LoggerFactory.getLogger(PubmedSource.class);

    private final String query;
    private final EutilsClient client;
    private final ArticleSink sink;
    private final SourceState state;
    private final SourceCounters counters;
    private final Clock clock;
    private final PubmedXmlParser parser = new PubmedXmlParser();

    public PubmedSource(String query, EutilsClient client, ArticleSink sink, SourceState state, SourceCounters counters,
                        Clock clock) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("empty PubMed query");
        }
        this.query = query.strip();
        this.client = Objects.requireNonNull(client, "client");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.state = Objects.requireNonNull(state, "state");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String name() {
        return "pubmed " + query;
    }

    @Override
    public void poll() throws InterruptedException {
        PubmedOptions options = client.options();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String windowKey = "pubmed|" + query + "|until";
        LocalDate from = state.get(windowKey).flatMap(PubmedSource::date)
                .map(until -> until.minusDays(options.overlap().toDays()))
                .orElse(today.minusDays(Math.max(0, options.initialWindow().toDays())));

        Optional<List<String>> found = search(from, today, options);
        if (found.isEmpty()) {
            return;
        }
        List<String> fresh = found.get();
        boolean complete = fresh.size() <= options.maxPerPoll();
        if (!complete) {
            fresh = fresh.subList(0, options.maxPerPoll());
        }
        int published = 0;
        for (int i = 0; i < fresh.size(); i += options.batchSize()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopping");
            }
            List<String> batch = fresh.subList(i, Math.min(fresh.size(), i + options.batchSize()));
            int n = fetchBatch(batch);
            if (n < 0) {
                complete = false;
            } else {
                published += n;
            }
        }
        if (complete) {
            state.put(windowKey, today.toString());
        }
        LOG.info("pubmed '{}' {}..{}: {} new, {} published{}", query, from, today, fresh.size(), published,
                complete ? "" : "; the rest on the next poll");
    }

    /** The PMIDs in the window not taken in before; empty when the search failed (and was dead-lettered). */
    private Optional<List<String>> search(LocalDate from, LocalDate to, PubmedOptions options) throws InterruptedException {
        Set<String> fresh = new LinkedHashSet<>();
        int retStart = 0;
        while (true) {
            FetchResult result = client.esearch(query, from, to, retStart);
            URI uri = client.esearchUri(query, from, to, retStart);
            Optional<byte[]> body = bodyOrReject(result, uri, "esearch");
            if (body.isEmpty()) {
                return Optional.empty();
            }
            EsearchResult page;
            try {
                page = EsearchResult.parse(body.get());
            } catch (SafeXml.UnsafeOrMalformedXml e) {
                reject(uri, DeadLetterReason.UNREADABLE, "malformed esearch response: " + e.getMessage(), body.get());
                return Optional.empty();
            }
            for (String id : page.ids()) {
                if (state.get(pmidKey(id)).isEmpty()) {
                    fresh.add(id);
                }
            }
            retStart += page.ids().size();
            if (page.ids().isEmpty() || retStart >= page.count() || fresh.size() > options.maxPerPoll()) {
                return Optional.of(new ArrayList<>(fresh));
            }
            if (retStart >= ESEARCH_LIMIT) {
                LOG.warn("pubmed '{}' matches {} records in {}..{}; esearch gives only the first {}: narrow the query",
                        query, page.count(), from, to, ESEARCH_LIMIT + 1);
                return Optional.of(new ArrayList<>(fresh));
            }
        }
    }

    /** Fetches and publishes one batch; the number published, or -1 when the batch must be tried again. */
    private int fetchBatch(List<String> pmids) throws InterruptedException {
        URI uri = client.efetchUri(pmids);
        Optional<byte[]> body = bodyOrReject(client.efetch(pmids), uri, "efetch");
        if (body.isEmpty()) {
            return -1;
        }
        List<PubmedRecord> records;
        try {
            records = parser.parse(body.get());
        } catch (SafeXml.UnsafeOrMalformedXml e) {
            reject(uri, DeadLetterReason.UNREADABLE, "malformed or unsafe PubMed XML: " + e.getMessage(), body.get());
            return -1;
        }
        int published = 0;
        Set<String> seen = new HashSet<>();
        for (PubmedRecord record : records) {
            seen.add(record.pmid());
            if (record.text().isBlank()) {
                reject(URI.create(record.pubmedUrl()), DeadLetterReason.EMPTY_BODY, "PubMed record without title or abstract", new byte[0]);
            } else {
                sink.accept(record.toRawArticle(clock.instant()));
                counters.increment("articles");
                published++;
            }
            state.put(pmidKey(record.pmid()), "seen");
        }
        for (String pmid : pmids) {
            if (!seen.contains(pmid)) {
                // Not in the answer (withdrawn, or a book chapter): do not ask for it again and again.
                state.put(pmidKey(pmid), "absent");
            }
        }
        return published;
    }

    private Optional<byte[]> bodyOrReject(FetchResult result, URI uri, String what) throws InterruptedException {
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

    private void reject(URI uri, DeadLetterReason reason, String detail, byte[] payload) {
        String source = UrlRedaction.redact(uri);
        counters.increment("rejected." + reason);
        LOG.warn("dead-lettering {}: {}", source, detail);
        sink.reject(source, Rejection.keepingPrefix(reason, UrlRedaction.redact(detail), payload));
    }

    private static String pmidKey(String pmid) {
        return "pubmed|pmid|" + pmid;
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
