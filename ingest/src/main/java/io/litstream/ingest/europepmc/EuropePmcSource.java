package io.litstream.ingest.europepmc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.publish.Retraction;
import io.litstream.ingest.source.ApiAnswers;
import io.litstream.ingest.source.ScheduledSource;
import io.litstream.ingest.source.StateDates;
import io.litstream.ingest.source.SourceCounters;
import io.litstream.ingest.state.SourceState;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Europe PMC query over a moving window of index dates, like the PubMed source: the first
 * poll reaches {@code initialWindow} back, each later one starts where the last complete poll
 * ended, less {@code overlap}. Pages are followed by {@code cursorMark}: the last page answers with
 * the cursor it was asked for; a cursor that comes back from further back (a loop) or more than
 * {@code maxPages} pages end the poll, and the window then stays put. Each record becomes an
 * article with the usual ids ({@code doi:}, {@code pmid:}, {@code pmc:}), so the same paper from
 * PubMed, Europe PMC and a file is one article; the publisher skips unchanged content, and changed
 * text is an update of the same id. A retracted record, and the PMIDs a notice retracts, are
 * retracted, not published. An open-access record's full text ({@code fullTextXML}, JATS) is fetched
 * and read like a {@code .nxml} file, and the article is that whole text and its blocks; without it
 * (not open access, a failed fetch, XML that cannot be read) the article is the title and abstract,
 * and a failure is logged and counted ({@code europepmc.full_text_missing}), or dead-lettered when
 * the record has no abstract either.
 */
public final class EuropePmcSource implements ScheduledSource.Poll {
    private static final Logger LOG = LoggerFactory.getLogger(EuropePmcSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String query;
    private final EuropePmcClient client;
    private final ArticleSink sink;
    private final SourceState state;
    private final SourceCounters counters;
    private final Clock clock;
    private final Duration initialWindow;
    private final Duration overlap;
    private final int maxPages;
    private final ApiAnswers answers;
    private final EuropePmcFullText fullText;

    public EuropePmcSource(String query, EuropePmcClient client, ArticleSink sink, SourceState state,
                           SourceCounters counters, Clock clock, Duration initialWindow, Duration overlap, int maxPages) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("empty Europe PMC query");
        }
        this.query = query.strip();
        this.client = Objects.requireNonNull(client, "client");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.state = Objects.requireNonNull(state, "state");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.initialWindow = Objects.requireNonNull(initialWindow, "initialWindow");
        this.overlap = Objects.requireNonNull(overlap, "overlap");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
        }
        this.maxPages = maxPages;
        this.answers = new ApiAnswers(sink, counters);
        this.fullText = new EuropePmcFullText(client);
    }

    public String name() {
        return "europepmc " + query;
    }

    @Override
    public void poll() throws InterruptedException {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String windowKey = "europepmc|" + query + "|until";
        LocalDate from = state.get(windowKey).flatMap(StateDates::parse).map(d -> d.minusDays(overlap.toDays()))
                .orElse(today.minusDays(Math.max(0, initialWindow.toDays())));
        String cursor = EuropePmcClient.FIRST_CURSOR;
        Set<String> cursors = new HashSet<>();
        int taken = 0;
        for (int page = 0; page < maxPages; page++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopping");
            }
            cursors.add(cursor);
            URI uri = client.searchUri(query, from, today, cursor);
            Optional<JsonNode> answer = answers.body(client.search(query, from, today, cursor), uri, "Europe PMC search").flatMap(b -> parse(b, uri));
            if (answer.isEmpty()) {
                return;
            }
            JsonNode results = answer.get().path("resultList").path("result");
            for (JsonNode r : results) {
                take(EuropePmcRecord.of(r));
            }
            taken += results.size();
            String next = answer.get().path("nextCursorMark").asText("");
            if (results.isEmpty() || next.isEmpty() || next.equals(cursor)) {
                state.put(windowKey, today.toString());
                LOG.info("europepmc '{}' {}..{}: {} records", query, from, today, taken);
                return;
            }
            if (cursors.contains(next)) {
                counters.increment("europepmc.cursor_loop");
                LOG.warn("europepmc '{}': cursor {} came back; the server's paging loops, stopping this poll", query, next);
                return;
            }
            cursor = next;
        }
        counters.increment("europepmc.page_limit");
        LOG.warn("europepmc '{}' {}..{}: still more after {} pages; the window stays, narrow the query", query, from, today,
                maxPages);
    }

    private void take(EuropePmcRecord record) throws InterruptedException {
        if (record.isRetracted() || record.isRetractionNotice()) {
            if (record.isRetracted() && (record.pmid() != null || record.doi() != null)) {
                sink.retract(Retraction.ofPubmed(record.pmid(), record.doi(), "Europe PMC: Retracted Publication ("
                        + record.source() + " " + record.id() + ")"));
                counters.increment("retracted");
            }
            for (String pmid : record.retracts()) {
                sink.retract(Retraction.ofPubmed(pmid, null, "Europe PMC: retraction notice " + record.source() + " "
                        + record.id()));
                counters.increment("retracted");
            }
            return;
        }
        EuropePmcFullText.Outcome full = record.hasFullText() ? fullText.fetch(record.pmcid()) : null;
        if (full instanceof EuropePmcFullText.Read read) {
            sink.accept(record.toRawArticle(clock.instant(), read.article()));
            counters.increment("europepmc.full_text");
            counters.increment("articles");
            return;
        }
        if (full instanceof EuropePmcFullText.Missing missing) {
            if (record.text().isBlank()) {
                answers.reject(missing.uri(), missing.reason(), missing.detail(), missing.payload());
                return;
            }
            counters.increment("europepmc.full_text_missing");
            LOG.warn("europepmc {}: no full text ({}); publishing the abstract", record.pmcid(), missing.detail());
        }
        if (record.text().isBlank()) {
            counters.increment("europepmc.empty_record");
            return;
        }
        sink.accept(record.toRawArticle(clock.instant()));
        counters.increment("articles");
    }

    private Optional<JsonNode> parse(byte[] body, URI uri) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.path("resultList").path("result").isArray()) {
                throw new IOException("no resultList.result array");
            }
            return Optional.of(root);
        } catch (IOException e) {
            answers.reject(uri, DeadLetterReason.UNREADABLE, "unreadable Europe PMC answer: " + e.getMessage(), body);
            return Optional.empty();
        }
    }
}
