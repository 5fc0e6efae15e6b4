package io.litstream.ingest.ctgov;

import io.litstream.ingest.fetch.ApiUrls;
import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.PoliteFetcher;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds and sends ClinicalTrials.gov API v2 searches: {@code /studies} with the query's
 * {@code query.cond}/{@code query.intr}, studies whose {@code LastUpdatePostDate} is on or after a
 * day (an Essie {@code AREA[…]RANGE[…]} term), {@code pageSize} and {@code pageToken}. Politeness
 * (rate, retries, User-Agent with the contact address) is the fetcher's.
 */
public final class CtgovClient {
    /** The public API root. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://clinicaltrials.gov/api/v2/");
    static final int PAGE_SIZE = 100;

    private final PoliteFetcher fetcher;
    private final URI baseUrl;

    public CtgovClient(PoliteFetcher fetcher, URI baseUrl) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.baseUrl = ApiUrls.root(baseUrl);
    }

    /** One page of the studies matching {@code query} updated on or after {@code since}; {@code pageToken} null for the first. */
    public URI studiesUri(CtgovQuery query, LocalDate since, String pageToken) {
        Map<String, String> params = new LinkedHashMap<>(query.parameters());
        params.put("filter.advanced", "AREA[LastUpdatePostDate]RANGE[" + since + ",MAX]");
        params.put("pageSize", Integer.toString(PAGE_SIZE));
        params.put("format", "json");
        if (pageToken != null) {
            params.put("pageToken", pageToken);
        }
        return ApiUrls.of(baseUrl, "studies", params);
    }

    public FetchResult studies(CtgovQuery query, LocalDate since, String pageToken) {
        return fetcher.fetch(studiesUri(query, since, pageToken));
    }
}
