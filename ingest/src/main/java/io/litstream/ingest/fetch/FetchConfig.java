package io.litstream.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PoliteFetcher} behaves towards the servers it reads.
 *
 * @param userAgent             sent with every request; says who we are and how to reach us
 * @param connectTimeout        longest wait for a TCP/TLS connection
 * @param readTimeout           longest wait for one whole response (headers and body) once requested
 * @param maxBodyBytes          bodies larger than this are abandoned mid-stream and become {@code TOO_LARGE}
 * @param maxRedirects          redirect hops followed before giving up
 * @param maxAttempts           tries per request on 429, 5xx and connection failures (1 = no retry)
 * @param initialBackoff        wait before the first retry; doubled each time, with jitter
 * @param maxBackoff            ceiling of one wait between retries, also of a {@code Retry-After} honoured;
 *                              a server asking for longer makes the fetch fail rather than stall the source
 * @param minIntervalPerHost    least time between two requests to the same host
 * @param maxCrawlDelay         a robots.txt {@code Crawl-delay} is honoured up to this
 * @param obeyRobots            whether robots.txt is consulted (off only for APIs with their own usage policy)
 * @param allowPrivateAddresses whether loopback, link-local and private addresses may be fetched
 * @param allowLoopback         whether loopback addresses (127.0.0.0/8, ::1) may be fetched while the other
 *                              non-public ranges stay refused: for a server on this machine (a test, a local mirror)
 */
public record FetchConfig(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int maxRedirects,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration minIntervalPerHost,
        Duration maxCrawlDelay,
        boolean obeyRobots,
        boolean allowPrivateAddresses,
        boolean allowLoopback) {

    /** The product token robots.txt groups are matched against. */
    public static final String ROBOTS_TOKEN = "litstream";

    /** As the canonical constructor, loopback refused like every other non-public address unless private ones are allowed. */
    public FetchConfig(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBodyBytes, int maxRedirects,
                       int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration minIntervalPerHost,
                       Duration maxCrawlDelay, boolean obeyRobots, boolean allowPrivateAddresses) {
        this(userAgent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, maxAttempts, initialBackoff, maxBackoff,
                minIntervalPerHost, maxCrawlDelay, obeyRobots, allowPrivateAddresses, false);
    }

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(minIntervalPerHost, "minIntervalPerHost");
        Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
        if (maxBodyBytes <= 0 || maxRedirects < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, maxRedirects >= 0, maxAttempts >= 1");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** The honest User-Agent: product, project page and, when given, a contact address. */
    public static String userAgent(String contactEmail) {
        String contact = contactEmail == null || contactEmail.isBlank() ? "" : "; mailto:" + contactEmail.strip();
        return "litstream/0.1 (+https://github.com/litstream" + contact + ")";
    }

    /**
     * 10 s to connect, 30 s per response, 5 MB bodies, 5 redirects, 4 tries backing off from 1 s to
     * at most 60 s, one request per host per second, robots.txt obeyed, private addresses refused.
     */
    public static FetchConfig defaults(String contactEmail) {
        return new FetchConfig(userAgent(contactEmail), Duration.ofSeconds(10), Duration.ofSeconds(30),
                5L * 1024 * 1024, 5, 4, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(1),
                Duration.ofSeconds(30), true, false);
    }

    public FetchConfig withAllowPrivateAddresses(boolean allow) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, maxAttempts,
                initialBackoff, maxBackoff, minIntervalPerHost, maxCrawlDelay, obeyRobots, allow, allowLoopback);
    }

    public FetchConfig withAllowLoopback(boolean allow) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, maxAttempts,
                initialBackoff, maxBackoff, minIntervalPerHost, maxCrawlDelay, obeyRobots, allowPrivateAddresses, allow);
    }

    public FetchConfig withMinIntervalPerHost(Duration interval) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, maxAttempts,
                initialBackoff, maxBackoff, interval, maxCrawlDelay, obeyRobots, allowPrivateAddresses, allowLoopback);
    }

    public FetchConfig withObeyRobots(boolean obey) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, maxAttempts,
                initialBackoff, maxBackoff, minIntervalPerHost, maxCrawlDelay, obey, allowPrivateAddresses, allowLoopback);
    }

    public FetchConfig withTimeouts(Duration connect, Duration read) {
        return new FetchConfig(userAgent, connect, read, maxBodyBytes, maxRedirects, maxAttempts,
                initialBackoff, maxBackoff, minIntervalPerHost, maxCrawlDelay, obeyRobots, allowPrivateAddresses, allowLoopback);
    }

    public FetchConfig withMaxBodyBytes(long max) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, max, maxRedirects, maxAttempts,
                initialBackoff, maxBackoff, minIntervalPerHost, maxCrawlDelay, obeyRobots, allowPrivateAddresses, allowLoopback);
    }

    public FetchConfig withRetries(int attempts, Duration initial, Duration max) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, attempts,
                initial, max, minIntervalPerHost, maxCrawlDelay, obeyRobots, allowPrivateAddresses, allowLoopback);
    }
}
