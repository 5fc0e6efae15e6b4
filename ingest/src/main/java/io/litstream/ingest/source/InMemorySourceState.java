package io.litstream.ingest.source;

import io.litstream.ingest.state.SourceState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SourceState} that lives as long as the process: enough for tests and one-off runs. */
public final class InMemorySourceState implements SourceState {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    /** A copy of everything stored, for tests and diagnostics. */
    public Map<String, String> snapshot() {
        return Map.copyOf(values);
    }
}
