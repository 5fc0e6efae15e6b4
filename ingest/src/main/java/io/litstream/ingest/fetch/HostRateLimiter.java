package io.litstream.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Spaces requests to the same host at least an interval apart, whichever thread makes them: each
 * caller reserves the next free slot of its host and sleeps until it comes. A host's interval can
 * be raised above the default (a robots.txt {@code Crawl-delay}, an API's documented limit).
 */
public final class HostRateLimiter {
    private final long defaultIntervalNanos;
    private final ConcurrentMap<String, Long> nextSlot = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> intervals = new ConcurrentHashMap<>();

    public HostRateLimiter(Duration minInterval) {
        this.defaultIntervalNanos = Math.max(0, minInterval.toNanos());
    }

    /** Makes requests to {@code host} at least {@code interval} apart, if that is slower than the default. */
    public void slowDown(String host, Duration interval) {
        intervals.merge(key(host), interval.toNanos(), Math::max);
    }

    /** Blocks until a request to {@code host} may be sent. */
    public void acquire(String host) throws InterruptedException {
        String key = key(host);
        long interval = Math.max(defaultIntervalNanos, intervals.getOrDefault(key, 0L));
        long now = System.nanoTime();
        long[] slot = new long[1];
        nextSlot.compute(key, (k, next) -> {
            long mine = next == null || next - now < 0 ? now : next;
            slot[0] = mine;
            return mine + interval;
        });
        long waitNanos = slot[0] - now;
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    private static String key(String host) {
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
