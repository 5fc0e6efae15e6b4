package io.litstream.ingest.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.publish.ArticleSink;
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
 * One ClinicalTrials.gov search, polled on {@code LastUpdatePostDate}: the first poll takes the
 * studies updated in the last {@code initialWindow}, each later one those updated since the day the
 * last complete poll ran (that day included: the API's dates are days). Pages are followed by
 * {@code nextPageToken}, at most {@code maxPages} per poll, and a token seen twice in one poll ends
 * it (a server whose pages never end, or loop, cannot hold the source). A study is published when
 * its {@code lastUpdatePostDate} differs from the one taken in before ({@code ctgov|nct|…} in the
 * state), as {@link StudyArticle}: an updated study is an update of the same {@code nct:} article.
 * The window advances only after a poll that reached the last page.
 */
public final class CtgovSource implements ScheduledSource.Poll {
    private static final Logger LOG = LoggerFactory.getLogger(CtgovSource.class);

    private final CtgovQuery query;
    private final CtgovClient client;
    private final ArticleSink sink;
    private final SourceState state;
    private final SourceCounters counters;
    private final Clock clock;
    private final Duration initialWindow;
    private final int maxPages;
    private final URI apiBase;
    private final ApiAnswers answers;

    public CtgovSource(CtgovQuery query, CtgovClient client, URI apiBase, ArticleSink sink, SourceState state,
                       SourceCounters counters, Clock clock, Duration initialWindow, int maxPages) {
        this.query = Objects.requireNonNull(query, "query");
        this.client = Objects.requireNonNull(client, "client");
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.state = Objects.requireNonNull(state, "state");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.initialWindow = Objects.requireNonNull(initialWindow, "initialWindow");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
        }
        this.maxPages = maxPages;
        this.answers = new ApiAnswers(sink, counters);
    }

    public String name() {
        return "ctgov " + query;
    }

    @Override
    public void poll() throws InterruptedException {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String windowKey = "ctgov|" + query + "|since";
        LocalDate since = state.get(windowKey).flatMap(StateDates::parse)
                .orElse(today.minusDays(Math.max(0, initialWindow.toDays())));
        String token = null;
        Set<String> tokens = new HashSet<>();
        int published = 0;
        for (int page = 0; page < maxPages; page++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopping");
            }
            URI uri = client.studiesUri(query, since, token);
            Optional<StudiesPage> answer = page(client.studies(query, since, token), uri);
            if (answer.isEmpty()) {
                return; // dead-lettered; the window stays, the next poll tries again
            }
            for (JsonNode study : answer.get().studies()) {
                published += take(study);
            }
            token = answer.get().nextPageToken();
            if (token == null) {
                state.put(windowKey, today.toString());
                LOG.info("ctgov '{}' since {}: {} published", query, since, published);
                return;
            }
            if (!tokens.add(token)) {
                counters.increment("ctgov.page_loop");
                LOG.warn("ctgov '{}': page token {} came back; the server's paging loops, stopping this poll", query, token);
                return;
            }
        }
        counters.increment("ctgov.page_limit");
        LOG.warn("ctgov '{}' since {}: still more after {} pages; the rest on the next poll (narrow the query)",
                query, since, maxPages);
    }

    /** Publishes one study unless the same version was taken in before; 1 when published. */
    private int take(JsonNode study) {
        String updated = StudyArticle.lastUpdate(study);
        return StudyArticle.of(study, apiBase, clock.instant()).map(article -> {
            String key = "ctgov|nct|" + article.id();
            if (!updated.isEmpty() && state.get(key).filter(updated::equals).isPresent()) {
                counters.increment("skipped_seen");
                return 0;
            }
            sink.accept(article);
            counters.increment("articles");
            state.put(key, updated.isEmpty() ? "seen" : updated);
            return 1;
        }).orElseGet(() -> {
            counters.increment("ctgov.unusable_study");
            return 0;
        });
    }

    private Optional<StudiesPage> page(FetchResult result, URI uri) throws InterruptedException {
        Optional<byte[]> body = answers.body(result, uri, "ClinicalTrials.gov search");
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(StudiesPage.parse(body.get()));
        } catch (IOException e) {
            answers.reject(uri, DeadLetterReason.UNREADABLE, "unreadable ClinicalTrials.gov answer: " + e.getMessage(), body.get());
            return Optional.empty();
        }
    }
}
