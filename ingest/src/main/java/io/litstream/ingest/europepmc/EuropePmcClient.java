package io.litstream.ingest.europepmc;

import io.litstream.ingest.fetch.ApiUrls;
import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.PoliteFetcher;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds and sends Europe PMC REST requests: searches, {@code search?query=(QUERY) AND FIRST_IDATE:[from TO to]}
 * with {@code resultType=core}, {@code format=json}, {@code pageSize} and {@code cursorMark} ({@code *}
 * for the first page), and the JATS full text of an open-access article, {@code {PMCID}/fullTextXML}.
 * Politeness (rate, retries, User-Agent with the contact address) is the fetcher's.
 */
public final class EuropePmcClient {
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.ebi.ac.uk/europepmc/webservices/rest/");
    static final int PAGE_SIZE = 100;
    /** The cursor of the first page. */
    static final String FIRST_CURSOR = "*";

    private final PoliteFetcher fetcher;
    private final URI baseUrl;

    public EuropePmcClient(PoliteFetcher fetcher, URI baseUrl) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.baseUrl = ApiUrls.root(baseUrl);
    }

    public URI searchUri(String query, LocalDate from, LocalDate to, String cursorMark) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("query", "(" + query + ") AND FIRST_IDATE:[" + from + " TO " + to + "]");
        params.put("resultType", "core");
        params.put("format", "json");
        params.put("pageSize", Integer.toString(PAGE_SIZE));
        params.put("cursorMark", cursorMark);
        return ApiUrls.of(baseUrl, "search", params);
    }

    /** The JATS full text of {@code pmcid} ({@code PMC…}); Europe PMC serves it for its open-access subset only. */
    public URI fullTextUri(String pmcid) {
        return ApiUrls.of(baseUrl, pmcid + "/fullTextXML", Map.of());
    }

    public FetchResult fullText(String pmcid) {
        return fetcher.fetch(fullTextUri(pmcid));
    }

    public FetchResult search(String query, LocalDate from, LocalDate to, String cursorMark) {
        return fetcher.fetch(searchUri(query, from, to, cursorMark));
    }
}
