package io.litstream.ingest.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link StateStore} that forgets everything when the process ends: for tests, and for
 * {@code litstream} runs without a broker. Keeps first-write order, like the compacted topic.
 */
public final class InMemoryStateStore implements StateStore {
    private final Map<String, String> entries = new LinkedHashMap<>();

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        entries.put(key, value);
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(key);
    }

    @Override
    public synchronized Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k, v);
            }
        });
        return found;
    }

    public synchronized int size() {
        return entries.size();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
