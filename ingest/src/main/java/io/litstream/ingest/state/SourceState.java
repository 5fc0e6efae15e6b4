package io.litstream.ingest.state;

import java.util.Optional;

/**
 * What network sources remember between polls and across restarts: feed validators, items and
 * pages already handed over, PubMed windows. A key-value store of strings, so that it can be
 * backed by a compacted Kafka topic (key = state key, value = state value, latest wins) and a
 * moved or restarted ingester resumes where the last one stopped.
 *
 * <p>Keys are namespaced by the source that owns them ({@code feed|<url>|validators},
 * {@code page|<url>}, {@code pubmed|<query>|window} ...); values are opaque to the store.
 * Implementations must be thread-safe: every source writes from its own thread.
 */
public interface SourceState {
    Optional<String> get(String key);

    void put(String key, String value);
}
