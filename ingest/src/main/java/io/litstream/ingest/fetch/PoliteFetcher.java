package io.litstream.ingest.fetch;

import io.litstream.ingest.fetch.FetchResult.FailureKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches URLs the way a well-behaved crawler does, and safely: an honest User-Agent, the
 * {@link AddressGuard} on every hop, robots.txt (cached per origin for a day), a per-host
 * {@link HostRateLimiter} (raised by {@code Crawl-delay}), connect and read timeouts, a body-size
 * ceiling enforced while streaming, redirects followed by hand with a hop limit and loop
 * detection, retries with exponential backoff and jitter on 429, 5xx and connection failures
 * ({@code Retry-After} honoured up to {@link FetchConfig#maxBackoff()}), and conditional GET.
 *
 * <p>{@link #fetch} never throws for anything the network or a server does; it returns a
 * {@link FetchResult}. Thread-safe: sources on different threads share one fetcher, and so its
 * rate limits. A read timeout is not retried at once (the source's next poll tries again), so a
 * stalling server costs one timeout per poll, not several.
 */
public final class PoliteFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);
    /** Error pages and redirects are read only this far; their bodies are not used. */
    private static final long NON_SUCCESS_BODY_LIMIT = 64 * 1024;
    /** RFC 9309 2.5: crawlers must parse at least 500 KiB of a robots.txt. */
    private static final long ROBOTS_LIMIT = 512 * 1024;
    private static final Duration ROBOTS_TTL = Duration.ofHours(24);
    private static final Duration ROBOTS_FAILURE_TTL = Duration.ofMinutes(10);

    /** @param unavailable why robots.txt could not be read (the host is treated as disallowed meanwhile), or null */
    private record Robots(RobotsRules rules, long expiresAtNanos, String unavailable) {
    }

    /** One HTTP exchange as far as this class needs it. */
    private record Exchange(int status, HttpResponse.ResponseInfo info, LimitedBodySubscriber.Body body) {
        String header(String name) {
            return info.headers().firstValue(name).orElse(null);
        }
    }

    private final FetchConfig config;
    private final AddressGuard guard;
    private final HostRateLimiter rateLimiter;
    private final HttpClient client;
    private final Clock clock;
    private final ConcurrentMap<String, Robots> robots = new ConcurrentHashMap<>();

    public PoliteFetcher(FetchConfig config) {
        this(config, new AddressGuard(config.allowPrivateAddresses(), config.allowLoopback(), InetAddress::getAllByName),
                new HostRateLimiter(config.minIntervalPerHost()),
                Clock.systemUTC());
    }

    public PoliteFetcher(FetchConfig config, AddressGuard guard, HostRateLimiter rateLimiter, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // each hop must pass the guard and robots.txt
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public FetchConfig config() {
        return config;
    }

    /** The shared per-host limiter, for callers with stricter documented limits (an API's requests per second). */
    public HostRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Fetches {@code uri} unconditionally. */
    public FetchResult fetch(URI uri) {
        return fetch(uri, Validators.none());
    }

    /** Fetches {@code uri}, sending {@code validators} so that an unchanged resource yields {@link FetchResult.NotModified}. */
    public FetchResult fetch(URI uri, Validators validators) {
        try {
            return follow(withoutFragment(uri), validators, config.obeyRobots(), config.maxBodyBytes(), uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failed(uri, FailureKind.INTERRUPTED, 0, "interrupted");
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(uri, FailureKind.BAD_URL, 0, "bad URL: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("unexpected failure fetching {}", UrlRedaction.redact(uri), e);
            return new FetchResult.Failed(uri, FailureKind.NETWORK, 0, "unexpected failure: " + e);
        }
    }

    private FetchResult follow(URI start, Validators validators, boolean obeyRobots, long limit, URI requested)
            throws InterruptedException {
        Set<URI> visited = new LinkedHashSet<>();
        URI current = start;
        while (true) {
            visited.add(current);
            Optional<String> refusal = guard.refusal(current);
            if (refusal.isPresent()) {
                return new FetchResult.Failed(requested, FailureKind.ADDRESS_REFUSED, 0,
                        (current.equals(requested) ? "" : "after redirect to " + UrlRedaction.redact(current) + ": ") + refusal.get());
            }
            if (obeyRobots) {
                Robots robots = robotsFor(current);
                if (robots.unavailable() != null) {
                    // RFC 9309 2.3.1.4: nothing is fetched from a host whose robots.txt is unreachable. That is
                    // the host's state for now, not the page's: a transient failure, tried again on a later poll.
                    return new FetchResult.Failed(requested, FailureKind.NETWORK, 0, "robots.txt of " + current.getHost()
                            + " unavailable, so nothing is fetched from it for now: " + robots.unavailable());
                }
                if (!robots.rules().allows(pathAndQuery(current))) {
                    return new FetchResult.Failed(requested, FailureKind.ROBOTS_DISALLOWED, 0,
                            "robots.txt of " + current.getHost() + " disallows " + UrlRedaction.redact(pathAndQuery(current)));
                }
            }
            Object outcome = exchangeWithRetries(current, validators, limit, requested);
            if (outcome instanceof FetchResult.Failed failed) {
                return failed;
            }
            Exchange ex = (Exchange) outcome;
            int status = ex.status();
            if (status == 304) {
                return new FetchResult.NotModified(requested, validatorsOf(ex, validators));
            }
            if (isRedirect(status)) {
                String location = ex.header("Location");
                if (location == null || location.isBlank()) {
                    return new FetchResult.Failed(requested, FailureKind.REDIRECTS, status, status + " without a Location from " + UrlRedaction.redact(current));
                }
                URI next;
                try {
                    next = withoutFragment(current.resolve(new URI(location.strip())));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new FetchResult.Failed(requested, FailureKind.REDIRECTS, status, "unusable Location '" + location + "'");
                }
                if (visited.contains(next)) {
                    return new FetchResult.Failed(requested, FailureKind.REDIRECTS, status,
                            "redirect loop: " + String.join(" -> ", visited.stream().map(UrlRedaction::redact).toList()) + " -> " + UrlRedaction.redact(next));
                }
                if (visited.size() > config.maxRedirects()) {
                    return new FetchResult.Failed(requested, FailureKind.REDIRECTS, status,
                            "more than " + config.maxRedirects() + " redirects from " + UrlRedaction.redact(start));
                }
                current = next;
                continue;
            }
            if (status >= 200 && status < 300) {
                if (ex.body().truncated()) {
                    return new FetchResult.Failed(requested, FailureKind.TOO_LARGE, status,
                            "body of " + UrlRedaction.redact(current) + " exceeds the limit of " + limit + " bytes");
                }
                return new FetchResult.Ok(requested, current, ex.body().bytes(),
                        ex.header("Content-Type"), validatorsOf(ex, Validators.none()));
            }
            if (status == 429 || status >= 500) {
                return new FetchResult.Failed(requested, FailureKind.SERVER_ERROR, status,
                        "HTTP " + status + " from " + UrlRedaction.redact(current) + " after " + config.maxAttempts() + " attempts");
            }
            return new FetchResult.Failed(requested, FailureKind.CLIENT_ERROR, status, "HTTP " + status + " from " + UrlRedaction.redact(current));
        }
    }

    /** Sends one request, again on 429, 5xx and connection failures; an {@link Exchange} or a {@link FetchResult.Failed}. */
    private Object exchangeWithRetries(URI uri, Validators validators, long limit, URI requested) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= config.maxAttempts();
            rateLimiter.acquire(uri.getHost());
            Object outcome = exchange(uri, validators, limit, requested);
            Duration wait;
            if (outcome instanceof FetchResult.Failed failed) {
                if (last || failed.kind() != FailureKind.NETWORK) {
                    return failed;
                }
                wait = backoff(attempt);
                LOG.info("{}; retrying in {} ms", failed.detail(), wait.toMillis());
            } else {
                Exchange ex = (Exchange) outcome;
                if (last || (ex.status() != 429 && ex.status() < 500)) {
                    return ex;
                }
                Optional<Duration> asked = RetryAfter.parse(ex.header("Retry-After"), clock);
                if (asked.isPresent() && asked.get().compareTo(config.maxBackoff()) > 0) {
                    return new FetchResult.Failed(requested, FailureKind.SERVER_ERROR, ex.status(), "HTTP " + ex.status()
                            + " from " + UrlRedaction.redact(uri) + " asks to retry after " + asked.get().toSeconds() + " s, more than we wait");
                }
                wait = asked.isPresent() ? asked.get() : backoff(attempt);
                LOG.info("HTTP {} from {}; retrying in {} ms", ex.status(), UrlRedaction.redact(uri), wait.toMillis());
            }
            Thread.sleep(wait.toMillis());
        }
    }

    /** Exponential backoff with "equal jitter": half fixed, half random, so that clients do not retry in step. */
    private Duration backoff(int attempt) {
        long base = config.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private Object exchange(URI uri, Validators validators, long limit, URI requested) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/xml;q=0.9, text/xml;q=0.9, "
                        + "application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.5");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        AtomicReference<LimitedBodySubscriber> subscriber = new AtomicReference<>();
        AtomicReference<HttpResponse.ResponseInfo> info = new AtomicReference<>();
        CompletableFuture<HttpResponse<LimitedBodySubscriber.Body>> future = client.sendAsync(request.build(), responseInfo -> {
            info.set(responseInfo);
            boolean success = responseInfo.statusCode() >= 200 && responseInfo.statusCode() < 300;
            long declared = responseInfo.headers().firstValueAsLong("Content-Length").orElse(-1L);
            LimitedBodySubscriber s = new LimitedBodySubscriber(success ? limit : NON_SUCCESS_BODY_LIMIT, success ? declared : -1L);
            subscriber.set(s);
            return s;
        });
        try {
            // The request timeout covers the wait for headers; this one also bounds a body that never ends.
            HttpResponse<LimitedBodySubscriber.Body> response = future.get(config.readTimeout().toMillis() + 50, TimeUnit.MILLISECONDS);
            return new Exchange(response.statusCode(), info.get(), response.body());
        } catch (TimeoutException e) {
            abort(future, subscriber.get());
            return new FetchResult.Failed(requested, FailureKind.TIMEOUT, statusOf(info.get()),
                    "no complete response from " + UrlRedaction.redact(uri) + " within " + config.readTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            abort(future, subscriber.get());
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                return new FetchResult.Failed(requested, FailureKind.NETWORK, 0, "cannot connect to " + uri.getHost()
                        + " within " + config.connectTimeout().toMillis() + " ms");
            }
            if (cause instanceof HttpTimeoutException) {
                return new FetchResult.Failed(requested, FailureKind.TIMEOUT, statusOf(info.get()),
                        "no response from " + UrlRedaction.redact(uri) + " within " + config.readTimeout().toMillis() + " ms");
            }
            if (cause instanceof IOException || cause instanceof IllegalArgumentException) {
                return new FetchResult.Failed(requested, FailureKind.NETWORK, statusOf(info.get()),
                        "cannot fetch " + UrlRedaction.redact(uri) + ": " + cause);
            }
            return new FetchResult.Failed(requested, FailureKind.NETWORK, statusOf(info.get()), "fetching " + UrlRedaction.redact(uri) + " failed: " + cause);
        }
    }

    private static void abort(CompletableFuture<?> future, LimitedBodySubscriber subscriber) {
        if (subscriber != null) {
            subscriber.abort();
        }
        future.cancel(true);
    }

    private static int statusOf(HttpResponse.ResponseInfo info) {
        return info == null ? 0 : info.statusCode();
    }

    private Robots robotsFor(URI uri) throws InterruptedException {
        String origin = origin(uri);
        Robots cached = robots.get(origin);
        if (cached != null && cached.expiresAtNanos() - System.nanoTime() > 0) {
            return cached;
        }
        URI robotsUri = URI.create(origin + "/robots.txt");
        FetchResult result = follow(robotsUri, Validators.none(), false, ROBOTS_LIMIT, robotsUri);
        RobotsRules rules;
        String unavailable = null;
        Duration ttl = ROBOTS_TTL;
        if (result instanceof FetchResult.Ok ok) {
            rules = RobotsRules.parse(new String(ok.body(), StandardCharsets.UTF_8), FetchConfig.ROBOTS_TOKEN);
        } else if (result instanceof FetchResult.Failed failed
                && (failed.kind() == FailureKind.CLIENT_ERROR || failed.kind() == FailureKind.TOO_LARGE)) {
            rules = RobotsRules.allowAll(); // RFC 9309 2.3.1.3: no robots.txt (4xx) means no restrictions
        } else {
            // RFC 9309 2.3.1.4: unreachable means complete disallow, until we look again.
            LOG.info("robots.txt of {} unavailable ({}); not fetching from it for {}", origin, result, ROBOTS_FAILURE_TTL);
            rules = RobotsRules.disallowAll();
            ttl = ROBOTS_FAILURE_TTL;
            unavailable = result instanceof FetchResult.Failed failed ? failed.detail() : result.toString();
        }
        rules.crawlDelay().ifPresent(delay -> rateLimiter.slowDown(uri.getHost(),
                delay.compareTo(config.maxCrawlDelay()) > 0 ? config.maxCrawlDelay() : delay));
        Robots fresh = new Robots(rules, System.nanoTime() + ttl.toNanos(), unavailable);
        robots.put(origin, fresh);
        return fresh;
    }

    private static Validators validatorsOf(Exchange ex, Validators fallback) {
        String etag = ex.header("ETag");
        String lastModified = ex.header("Last-Modified");
        if (etag == null && lastModified == null) {
            return fallback;
        }
        return new Validators(etag, lastModified);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String origin(URI uri) {
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority().replaceFirst("^.*@", "");
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + authority.toLowerCase(Locale.ROOT);
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static URI withoutFragment(URI uri) {
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("not an absolute URL: " + UrlRedaction.redact(uri));
        }
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }
}
