package io.litstream.ingest.source;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of the network sources, by event name ({@code fetched}, {@code not_modified},
 * {@code skipped_seen}, {@code failed.TIMEOUT}, {@code poll_error} ...). Shared by all sources of
 * one service; the publisher counts what reached Kafka separately.
 */
public final class SourceCounters {
    private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void increment(String event) {
        counts.computeIfAbsent(event, k -> new LongAdder()).increment();
    }

    public long get(String event) {
        LongAdder adder = counts.get(event);
        return adder == null ? 0 : adder.sum();
    }

    /** All counters, sorted by name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }
}
