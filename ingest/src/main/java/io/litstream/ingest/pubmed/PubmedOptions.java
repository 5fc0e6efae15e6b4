package io.litstream.ingest.pubmed;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the PubMed sources use NCBI E-utilities.
 *
 * @param baseUrl       the E-utilities root, normally {@code https://eutils.ncbi.nlm.nih.gov/entrez/eutils/}
 * @param apiKey        an NCBI API key, or {@code null}; raises the allowed rate from 3 to 10 requests per second
 * @param email         a contact address sent as {@code email=} (NCBI asks for it), or {@code null}
 * @param dateType      {@code edat} (added to PubMed: the default, best for "what is new") or {@code pdat} (published)
 * @param initialWindow how far back the first search of a query reaches
 * @param overlap       how far each later window reaches back before the previous end, so that late-indexed
 *                      records are not missed (PMIDs already taken in are skipped)
 * @param batchSize     ids per {@code esearch} page and per {@code efetch} request
 * @param maxPerPoll    most new records one poll of one query takes in; the rest wait for the next poll
 */
public record PubmedOptions(URI baseUrl, String apiKey, String email, String dateType, Duration initialWindow,
                            Duration overlap, int batchSize, int maxPerPoll) {
    public static final URI NCBI = URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/");

    public PubmedOptions {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(initialWindow, "initialWindow");
        Objects.requireNonNull(overlap, "overlap");
        if (!"edat".equals(dateType) && !"pdat".equals(dateType) && !"mdat".equals(dateType)) {
            throw new IllegalArgumentException("dateType must be edat, pdat or mdat: " + dateType);
        }
        if (batchSize < 1 || batchSize > 10_000 || maxPerPoll < 1) {
            throw new IllegalArgumentException("batchSize must be 1..10000 and maxPerPoll positive");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        if (!baseUrl.toString().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
    }

    /** NCBI, Entrez dates, 7 days back at first, 2 days of overlap, 200 ids per request, 2,000 records per poll. */
    public static PubmedOptions defaults(String apiKey, String email) {
        return new PubmedOptions(NCBI, apiKey, email, "edat", Duration.ofDays(7), Duration.ofDays(2), 200, 2_000);
    }

    /**
     * The least time between two requests: NCBI allows 3 per second without a key, 10 with one.
     * A small margin keeps clock jitter from tipping us over.
     */
    public Duration minRequestInterval() {
        return apiKey == null ? Duration.ofMillis(350) : Duration.ofMillis(110);
    }

    public PubmedOptions withBaseUrl(URI url) {
        return new PubmedOptions(url, apiKey, email, dateType, initialWindow, overlap, batchSize, maxPerPoll);
    }
}
