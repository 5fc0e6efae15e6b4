package io.litstream.ingest;

import io.litstream.ingest.crossref.CrossrefCheckedSink;
import io.litstream.ingest.ctgov.CtgovClient;
import io.litstream.ingest.ctgov.CtgovQuery;
import io.litstream.ingest.europepmc.EuropePmcClient;
import io.litstream.ingest.fetch.FetchConfig;
import io.litstream.ingest.pubmed.PubmedOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network sources of an ingest service, besides its directories.
 *
 * @param feeds          RSS/Atom feed URLs
 * @param urlLists       files of page URLs, one per line
 * @param sitemaps       XML sitemap or sitemap-index URLs
 * @param pubmedQueries  PubMed search terms
 * @param feedInterval   pause between two polls of a feed
 * @param pageInterval   pause between two polls of a sitemap or URL list
 * @param pubmedInterval pause between two searches of a PubMed query
 * @param fetch          how pages, feeds and sitemaps are fetched (politeness, limits, address guard)
 * @param pubmed         how E-utilities are used (key, contact, window)
 * @param retractionList a file of retracted PMIDs whose published articles are retracted, or {@code null}
 * @param retractionInterval pause between two readings of the retraction list
 * @param ctgovQueries   ClinicalTrials.gov searches ({@code cond=…&intr=…} or a bare condition)
 * @param ctgovInterval  pause between two polls of a ClinicalTrials.gov search
 * @param ctgovBaseUrl   the ClinicalTrials.gov API v2 root
 * @param europePmcQueries Europe PMC search queries
 * @param europePmcInterval pause between two searches of a Europe PMC query
 * @param europePmcBaseUrl the Europe PMC REST root
 * @param crossrefEnabled whether each article with a DOI is checked against Crossref's retractions before it is published
 * @param crossrefBaseUrl the Crossref REST root
 */
public record SourcesConfig(
        List<URI> feeds,
        List<Path> urlLists,
        List<URI> sitemaps,
        List<String> pubmedQueries,
        Duration feedInterval,
        Duration pageInterval,
        Duration pubmedInterval,
        FetchConfig fetch,
        PubmedOptions pubmed,
        Path retractionList,
        Duration retractionInterval,
        List<CtgovQuery> ctgovQueries,
        Duration ctgovInterval,
        URI ctgovBaseUrl,
        List<String> europePmcQueries,
        Duration europePmcInterval,
        URI europePmcBaseUrl,
        boolean crossrefEnabled,
        URI crossrefBaseUrl) {

    /** Setting keys understood by {@link #fromSettings}. */
    public static final String FEEDS = "ingest.feeds";
    public static final String URL_LISTS = "ingest.url.lists";
    public static final String SITEMAPS = "ingest.sitemaps";
    public static final String PUBMED_QUERIES = "ingest.pubmed.queries";
    public static final String FEED_INTERVAL = "ingest.feed.interval";
    public static final String PAGE_INTERVAL = "ingest.pages.interval";
    public static final String PUBMED_INTERVAL = "ingest.pubmed.interval";
    public static final String CONTACT_EMAIL = "ingest.contact.email";
    public static final String PUBMED_API_KEY = "ingest.pubmed.api.key";
    public static final String PUBMED_DATETYPE = "ingest.pubmed.datetype";
    public static final String PUBMED_WINDOW = "ingest.pubmed.window";
    public static final String PUBMED_BASE_URL = "ingest.pubmed.base.url";
    public static final String ALLOW_PRIVATE = "ingest.fetch.allow.private.addresses";
    /** Loopback only (a server on this machine: tests, a local mirror); the private network stays refused. */
    public static final String ALLOW_LOOPBACK = "ingest.fetch.allow.loopback";
    public static final String MIN_INTERVAL = "ingest.fetch.min.interval";
    public static final String CONNECT_TIMEOUT = "ingest.fetch.connect.timeout";
    public static final String READ_TIMEOUT = "ingest.fetch.read.timeout";
    public static final String MAX_BYTES = "ingest.max.bytes";
    public static final String RETRACTIONS_FILE = "ingest.retractions.file";
    public static final String RETRACTIONS_INTERVAL = "ingest.retractions.interval";
    public static final String CTGOV_QUERIES = "ingest.ctgov.queries";
    public static final String CTGOV_INTERVAL = "ingest.ctgov.interval";
    public static final String CTGOV_BASE_URL = "ingest.ctgov.base.url";
    public static final String EUROPEPMC_QUERIES = "ingest.europepmc.queries";
    public static final String EUROPEPMC_INTERVAL = "ingest.europepmc.interval";
    public static final String EUROPEPMC_BASE_URL = "ingest.europepmc.base.url";
    public static final String CROSSREF_ENABLED = "ingest.crossref.enabled";
    public static final String CROSSREF_BASE_URL = "ingest.crossref.base.url";

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    public SourcesConfig {
        feeds = List.copyOf(feeds);
        urlLists = List.copyOf(urlLists);
        sitemaps = List.copyOf(sitemaps);
        pubmedQueries = pubmedQueries.stream().map(String::strip).filter(q -> !q.isEmpty()).toList();
        Objects.requireNonNull(feedInterval, "feedInterval");
        Objects.requireNonNull(pageInterval, "pageInterval");
        Objects.requireNonNull(pubmedInterval, "pubmedInterval");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(pubmed, "pubmed");
        Objects.requireNonNull(retractionInterval, "retractionInterval");
        ctgovQueries = List.copyOf(ctgovQueries);
        Objects.requireNonNull(ctgovInterval, "ctgovInterval");
        Objects.requireNonNull(ctgovBaseUrl, "ctgovBaseUrl");
        europePmcQueries = europePmcQueries.stream().map(String::strip).filter(q -> !q.isEmpty()).toList();
        Objects.requireNonNull(europePmcInterval, "europePmcInterval");
        Objects.requireNonNull(europePmcBaseUrl, "europePmcBaseUrl");
        Objects.requireNonNull(crossrefBaseUrl, "crossrefBaseUrl");
        for (Duration d : List.of(feedInterval, pageInterval, pubmedInterval, retractionInterval, ctgovInterval,
                europePmcInterval)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("poll intervals must be positive: " + d);
            }
        }
    }

    /** No network sources. */
    public static SourcesConfig none() {
        return fromSettings(key -> Optional.empty());
    }

    public boolean isEmpty() {
        return feeds.isEmpty() && urlLists.isEmpty() && sitemaps.isEmpty() && pubmedQueries.isEmpty() && ctgovQueries.isEmpty()
                && europePmcQueries.isEmpty();
    }

    public SourcesConfig withFeeds(List<URI> list) {
        return new SourcesConfig(list, urlLists, sitemaps, pubmedQueries, feedInterval, pageInterval, pubmedInterval, fetch, pubmed,
                retractionList, retractionInterval, ctgovQueries, ctgovInterval, ctgovBaseUrl,
                europePmcQueries, europePmcInterval, europePmcBaseUrl, crossrefEnabled, crossrefBaseUrl);
    }

    public SourcesConfig withFetch(FetchConfig config) {
        return new SourcesConfig(feeds, urlLists, sitemaps, pubmedQueries, feedInterval, pageInterval, pubmedInterval, config, pubmed,
                retractionList, retractionInterval, ctgovQueries, ctgovInterval, ctgovBaseUrl,
                europePmcQueries, europePmcInterval, europePmcBaseUrl, crossrefEnabled, crossrefBaseUrl);
    }

    /**
     * Reads the configuration from settings (see the key constants). Lists are comma-separated,
     * except PubMed queries, which are separated by {@code ;} because queries may hold commas.
     * Durations are ISO-8601 ({@code PT15M}) or short ({@code 500ms}, {@code 30s}, {@code 15m}, {@code 1h}, {@code 7d}).
     *
     * @throws IllegalArgumentException for a malformed URL, number or duration, naming the key
     */
    public static SourcesConfig fromSettings(Function<String, Optional<String>> settings) {
        Optional<String> email = settings.apply(CONTACT_EMAIL).filter(s -> !s.isBlank());
        FetchConfig defaults = FetchConfig.defaults(email.orElse(null));
        FetchConfig fetch = new FetchConfig(defaults.userAgent(),
                duration(settings, CONNECT_TIMEOUT, defaults.connectTimeout()),
                duration(settings, READ_TIMEOUT, defaults.readTimeout()),
                number(settings, MAX_BYTES, defaults.maxBodyBytes()),
                defaults.maxRedirects(), defaults.maxAttempts(), defaults.initialBackoff(), defaults.maxBackoff(),
                duration(settings, MIN_INTERVAL, defaults.minIntervalPerHost()),
                defaults.maxCrawlDelay(), true,
                Boolean.parseBoolean(settings.apply(ALLOW_PRIVATE).orElse("false").strip()),
                Boolean.parseBoolean(settings.apply(ALLOW_LOOPBACK).orElse("false").strip()));
        PubmedOptions pubmedDefaults = PubmedOptions.defaults(settings.apply(PUBMED_API_KEY).orElse(null), email.orElse(null));
        PubmedOptions pubmed = new PubmedOptions(
                settings.apply(PUBMED_BASE_URL).map(s -> uri(PUBMED_BASE_URL, s)).orElse(pubmedDefaults.baseUrl()),
                pubmedDefaults.apiKey(), pubmedDefaults.email(),
                settings.apply(PUBMED_DATETYPE).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse(pubmedDefaults.dateType()),
                duration(settings, PUBMED_WINDOW, pubmedDefaults.initialWindow()), pubmedDefaults.overlap(),
                pubmedDefaults.batchSize(), pubmedDefaults.maxPerPoll());
        return new SourcesConfig(
                list(settings, FEEDS, ",").stream().map(s -> uri(FEEDS, s)).toList(),
                list(settings, URL_LISTS, ",").stream().map(Path::of).toList(),
                list(settings, SITEMAPS, ",").stream().map(s -> uri(SITEMAPS, s)).toList(),
                list(settings, PUBMED_QUERIES, ";"),
                duration(settings, FEED_INTERVAL, Duration.ofMinutes(15)),
                duration(settings, PAGE_INTERVAL, Duration.ofHours(1)),
                duration(settings, PUBMED_INTERVAL, Duration.ofHours(1)),
                fetch, pubmed,
                settings.apply(RETRACTIONS_FILE).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).orElse(null),
                duration(settings, RETRACTIONS_INTERVAL, Duration.ofHours(6)),
                list(settings, CTGOV_QUERIES, ";").stream().map(q -> ctgovQuery(q)).toList(),
                duration(settings, CTGOV_INTERVAL, Duration.ofHours(6)),
                settings.apply(CTGOV_BASE_URL).map(s -> uri(CTGOV_BASE_URL, s)).orElse(CtgovClient.DEFAULT_BASE_URL),
                list(settings, EUROPEPMC_QUERIES, ";"),
                duration(settings, EUROPEPMC_INTERVAL, Duration.ofHours(1)),
                settings.apply(EUROPEPMC_BASE_URL).map(s -> uri(EUROPEPMC_BASE_URL, s)).orElse(EuropePmcClient.DEFAULT_BASE_URL),
                Boolean.parseBoolean(settings.apply(CROSSREF_ENABLED).orElse("false").strip()),
                settings.apply(CROSSREF_BASE_URL).map(s -> uri(CROSSREF_BASE_URL, s)).orElse(CrossrefCheckedSink.DEFAULT_BASE_URL));
    }

    private static List<String> list(Function<String, Optional<String>> settings, String key, String separator) {
        return settings.apply(key).map(v -> Arrays.stream(v.split(Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    private static CtgovQuery ctgovQuery(String text) {
        try {
            return CtgovQuery.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CTGOV_QUERIES + ": " + e.getMessage(), e);
        }
    }

    private static URI uri(String key, String value) {
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException(key + ": not an absolute URL: " + value);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(key + ": not a URL: " + value, e);
        }
    }

    private static long number(Function<String, Optional<String>> settings, String key, long fallback) {
        Optional<String> v = settings.apply(key);
        try {
            return v.isPresent() ? Long.parseLong(v.get().strip()) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: " + v.get(), e);
        }
    }

    /**
     * A duration setting: ISO-8601 ({@code PT15M}) or short ({@code 500ms}, {@code 30s}, {@code 15m}, {@code 1h}, {@code 7d}).
     *
     * @throws IllegalArgumentException naming the key, when the value is neither
     */
    public static Duration duration(Function<String, Optional<String>> settings, String key, Duration fallback) {
        Optional<String> v = settings.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        if (v.isEmpty()) {
            return fallback;
        }
        Matcher m = SHORT_DURATION.matcher(v.get().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(v.get());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": not a duration (use e.g. 30s, 15m, 1h, 7d or PT15M): " + v.get(), e);
        }
    }
}
