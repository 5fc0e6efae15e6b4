package io.litstream.ingest.state;

import java.io.Closeable;
import java.util.Map;

/**
 * The whole of ingest's memory in one key-value store: what the network sources remember
 * ({@link SourceState}, keys like {@code feed|<url>|validators}) and what the publisher remembers
 * (keys in {@link StateKeys}: published hashes, fingerprints, duplicate links), plus removal and
 * prefix scans, which the publisher needs to rebuild its duplicate index after a restart.
 * {@link #close()} waits for writes to be durable.
 */
public interface StateStore extends SourceState, Closeable {
    /** Forgets {@code key}; a no-op when it is absent. */
    void remove(String key);

    /** Every entry whose key starts with {@code prefix}, in the order they were first written. */
    Map<String, String> withPrefix(String prefix);

    /** Waits until every write so far is durable. */
    void flush();

    @Override
    void close();
}
