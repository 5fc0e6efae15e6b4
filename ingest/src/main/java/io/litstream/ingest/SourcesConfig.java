package io.litstream.ingest;

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
        PubmedOptions pubmed) {

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
        for (Duration d : List.of(feedInterval, pageInterval, pubmedInterval)) {
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
        return feeds.isEmpty() && urlLists.isEmpty() && sitemaps.isEmpty() && pubmedQueries.isEmpty();
    }

    public SourcesConfig withFeeds(List<URI> list) {
        return new SourcesConfig(list, urlLists, sitemaps, pubmedQueries, feedInterval, pageInterval, pubmedInterval, fetch, pubmed);
    }

    public SourcesConfig withFetch(FetchConfig config) {
        return new SourcesConfig(feeds, urlLists, sitemaps, pubmedQueries, feedInterval, pageInterval, pubmedInterval, config, pubmed);
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
                fetch, pubmed);
    }

    private static List<String> list(Function<String, Optional<String>> settings, String key, String separator) {
        return settings.apply(key).map(v -> Arrays.stream(v.split(Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
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
