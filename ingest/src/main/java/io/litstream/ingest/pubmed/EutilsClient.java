package io.litstream.ingest.pubmed;

import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.PoliteFetcher;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds and sends E-utilities requests as NCBI's usage guidelines ask: {@code tool} and
 * {@code email} on every request, {@code api_key} when there is one, and no more than 3 requests
 * per second without a key or 10 with one. The rate is held by the fetcher it is given, whose
 * per-host interval must be {@link PubmedOptions#minRequestInterval()}; robots.txt is not
 * consulted (the E-utilities are an API with their own usage policy, not pages to crawl).
 */
public final class EutilsClient {
    private static final DateTimeFormatter ENTREZ_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final PoliteFetcher fetcher;
    private final PubmedOptions options;

    public EutilsClient(PoliteFetcher fetcher, PubmedOptions options) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.options = Objects.requireNonNull(options, "options");
    }

    public PubmedOptions options() {
        return options;
    }

    /** {@code esearch.fcgi}: PMIDs matching {@code term} with a {@code dateType} date in [{@code from}, {@code to}]. */
    public URI esearchUri(String term, LocalDate from, LocalDate to, int retStart) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("db", "pubmed");
        params.put("term", term);
        params.put("datetype", options.dateType());
        params.put("mindate", ENTREZ_DATE.format(from));
        params.put("maxdate", ENTREZ_DATE.format(to));
        params.put("retstart", Integer.toString(retStart));
        params.put("retmax", Integer.toString(options.batchSize()));
        params.put("sort", "pub_date");
        return uri("esearch.fcgi", params);
    }

    /** {@code efetch.fcgi}: the PubMed XML of these PMIDs. */
    public URI efetchUri(List<String> pmids) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("db", "pubmed");
        params.put("id", String.join(",", pmids));
        params.put("retmode", "xml");
        return uri("efetch.fcgi", params);
    }

    public FetchResult esearch(String term, LocalDate from, LocalDate to, int retStart) {
        return fetcher.fetch(esearchUri(term, from, to, retStart));
    }

    public FetchResult efetch(List<String> pmids) {
        return fetcher.fetch(efetchUri(pmids));
    }

    private URI uri(String utility, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("tool", "litstream");
        if (options.email() != null) {
            all.put("email", options.email());
        }
        if (options.apiKey() != null) {
            all.put("api_key", options.apiKey());
        }
        String query = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return options.baseUrl().resolve(utility + "?" + query);
    }
}
