package io.litstream.ingest.crossref;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.ingest.fetch.ApiUrls;
import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.PoliteFetcher;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.publish.Retraction;
import io.litstream.ingest.read.Rejection;
import io.litstream.ingest.source.SourceCounters;
import io.litstream.topics.article.RawArticle;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Crossref about every article with a DOI before it is published ({@code ingest.crossref.enabled}):
 * {@code GET /works/{doi}}. A work whose {@code updated-by} holds an update of type
 * {@code retraction} is retracted instead of published; a retraction notice (its
 * {@code update-to} holds one) retracts the DOIs it names and is not published itself. When
 * Crossref cannot be asked (down, unknown DOI, unreadable answer) the article is published as it
 * would be without the check: the check may only ever take an article out, never hold one back.
 * One request per article with a DOI, paced by the fetcher.
 */
public final class CrossrefCheckedSink implements ArticleSink {
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.crossref.org/");
    private static final Logger LOG = LoggerFactory.getLogger(CrossrefCheckedSink.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleSink next;
    private final PoliteFetcher fetcher;
    private final URI baseUrl;
    private final SourceCounters counters;

    public CrossrefCheckedSink(ArticleSink next, PoliteFetcher fetcher, URI baseUrl, SourceCounters counters) {
        this.next = Objects.requireNonNull(next, "next");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.baseUrl = ApiUrls.root(baseUrl);
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public void accept(RawArticle article) {
        String doi = article.doi() == null ? "" : article.doi().strip().toLowerCase(Locale.ROOT);
        JsonNode work = doi.isEmpty() ? null : work(doi);
        if (work != null) {
            List<String> retractedBy = retractions(work.path("updated-by"));
            List<String> retracts = retractions(work.path("update-to"));
            if (!retractedBy.isEmpty()) {
                counters.increment("crossref.retracted");
                next.retract(Retraction.ofPubmed(article.pmid(), doi, "Crossref: retracted by " + retractedBy.get(0)));
                return;
            }
            if (!retracts.isEmpty()) {
                for (String target : retracts) {
                    counters.increment("crossref.retracted");
                    next.retract(new Retraction(null, null, target, null, "Crossref: retraction notice " + doi, true));
                }
                return;
            }
        }
        next.accept(article);
    }

    @Override
    public void retract(Retraction retraction) {
        next.retract(retraction);
    }

    @Override
    public void reject(String source, Rejection rejection) {
        next.reject(source, rejection);
    }

    /** The {@code message} of {@code /works/{doi}}, or null when Crossref could not be asked. */
    private JsonNode work(String doi) {
        FetchResult result;
        try {
            result = fetcher.fetch(ApiUrls.of(baseUrl, "works/" + URLEncoder.encode(doi, StandardCharsets.UTF_8), Map.of()));
        } catch (IllegalArgumentException e) {
            counters.increment("crossref.unanswered");
            return null;
        }
        if (!(result instanceof FetchResult.Ok ok)) {
            counters.increment("crossref.unanswered");
            LOG.debug("Crossref did not answer for {}: {}", doi, result);
            return null;
        }
        try {
            JsonNode message = JSON.readTree(ok.body()).path("message");
            return message.isObject() ? message : null;
        } catch (IOException e) {
            counters.increment("crossref.unreadable");
            return null;
        }
    }

    /** The DOIs of the updates of type retraction in an {@code update-to} or {@code updated-by} list. */
    private static List<String> retractions(JsonNode updates) {
        List<String> dois = new ArrayList<>();
        for (JsonNode u : updates) {
            if (u.path("type").asText("").equalsIgnoreCase("retraction") && !u.path("DOI").asText("").isBlank()) {
                dois.add(u.path("DOI").asText().strip().toLowerCase(Locale.ROOT));
            }
        }
        return dois;
    }
}
