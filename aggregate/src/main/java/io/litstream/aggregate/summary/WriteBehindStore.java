package io.litstream.aggregate.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.internals.Change;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * A key-value store that keeps the values written since the last commit as objects and writes
 * each changed key once, when Kafka Streams flushes its caches before committing.
 *
 * <p>Why: Kafka Streams' own cache holds serialized bytes, so every put of a cached store still
 * serializes the value. A busy therapy's summary (a few kilobytes of JSON) changes many times
 * between two commits, and in the benchmark writing it out as JSON at every change was over a
 * quarter of the aggregate's CPU. Here a change costs a map put; the JSON is written once per
 * therapy per commit, to the changelog and (through the flush listener, as a cached store does)
 * to the summaries topic.
 *
 * <p>It behaves as a cached store for exactly-once: what it holds in memory is written out in
 * the same commit as the input offsets, before the transaction commits; when a task is closed
 * dirty or re-initialised, what was pending is dropped, as a cache's dirty entries are, and the
 * store restored from its changelog is the committed state the input is replayed on.
 *
 * <p>Only the thread that owns the task sees pending values. Interactive queries run on other
 * threads and read the store as of the last commit. The owning thread reads single keys; it may
 * iterate only while nothing is pending (between commits, as the topology test driver does).
 *
 * <p>{@link WrappedStateStore} and {@link InternalProcessorContext} are Kafka Streams internals
 * (the same ones its DSL caches use), pinned by the Kafka version of the build.
 */
public final class WriteBehindStore<K, V> extends WrappedStateStore<KeyValueStore<K, V>, K, V>
        implements KeyValueStore<K, V> {
    private final Map<K, Pending<V>> pending = new LinkedHashMap<>();
    private InternalProcessorContext<?, ?> context;
    private CacheFlushListener<K, V> listener;
    private boolean sendOldValues;
    private volatile Thread owner;

    /** A value not yet written, or {@code null} for a pending delete, with the record that wrote it. */
    private record Pending<V>(V value, ProcessorRecordContext writtenBy) {
    }

    WriteBehindStore(KeyValueStore<K, V> inner) {
        super(inner);
    }

    /**
     * A builder of this store around the store {@code inner} builds, which must not cache: this
     * store is the cache, and a byte cache underneath would serialize every write again.
     */
    public static <K, V> StoreBuilder<KeyValueStore<K, V>> builder(StoreBuilder<KeyValueStore<K, V>> inner) {
        return new Builder<>(inner.withCachingDisabled());
    }

    @Override
    public void init(StateStoreContext stateStoreContext, StateStore root) {
        if (!(stateStoreContext instanceof InternalProcessorContext<?, ?> internal)) {
            throw new IllegalStateException("a write-behind store needs Kafka Streams' processor context, got "
                    + stateStoreContext.getClass().getName());
        }
        pending.clear();
        context = internal;
        owner = Thread.currentThread();
        super.init(stateStoreContext, root);
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<K, V> listener, boolean sendOldValues) {
        this.listener = listener;
        this.sendOldValues = sendOldValues;
        return true;
    }

    @Override
    public void put(K key, V value) {
        ProcessorRecordContext current = context.recordContext();
        // A copy: the record's headers may change after this put (a processor adds to them).
        ProcessorRecordContext writtenBy = current == null ? null : new ProcessorRecordContext(current.timestamp(),
                current.offset(), current.partition(), current.topic(), new RecordHeaders(current.headers().toArray()));
        pending.put(key, new Pending<>(value, writtenBy));
    }

    @Override
    public V putIfAbsent(K key, V value) {
        V existing = get(key);
        if (existing == null) {
            put(key, value);
        }
        return existing;
    }

    @Override
    public void putAll(List<KeyValue<K, V>> entries) {
        entries.forEach(e -> put(e.key, e.value));
    }

    @Override
    public V delete(K key) {
        V existing = get(key);
        put(key, null);
        return existing;
    }

    @Override
    public V get(K key) {
        if (Thread.currentThread() == owner) {
            Pending<V> p = pending.get(key);
            if (p != null) {
                return p.value();
            }
        }
        return wrapped().get(key);
    }

    /** Writes what is pending to the store underneath and hands each change to the flush listener. */
    @Override
    public void flushCache() {
        if (!pending.isEmpty()) {
            ProcessorRecordContext before = context.recordContext();
            try {
                for (Map.Entry<K, Pending<V>> e : pending.entrySet()) {
                    write(e.getKey(), e.getValue());
                }
            } finally {
                pending.clear();
                context.setRecordContext(before);
            }
        }
        super.flushCache();
    }

    private void write(K key, Pending<V> p) {
        V old = sendOldValues ? wrapped().get(key) : null;
        if (p.writtenBy() != null) {
            // The changelog record and anything the listener forwards carry the writing record's time and headers.
            context.setRecordContext(p.writtenBy());
        }
        if (p.value() == null) {
            wrapped().delete(key);
        } else {
            wrapped().put(key, p.value());
        }
        if (listener != null) {
            long timestamp = p.writtenBy() == null ? context.currentSystemTimeMs() : p.writtenBy().timestamp();
            listener.apply(new Record<>(key, new Change<>(p.value(), old), timestamp,
                    p.writtenBy() == null ? new RecordHeaders() : p.writtenBy().headers()));
        }
    }

    @Override
    public void clearCache() {
        pending.clear();
        super.clearCache();
    }

    @Override
    public void close() {
        pending.clear();
        super.close();
    }

    @Override
    public long approximateNumEntries() {
        return wrapped().approximateNumEntries();
    }

    @Override
    public KeyValueIterator<K, V> range(K from, K to) {
        return committed().range(from, to);
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(K from, K to) {
        return committed().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<K, V> all() {
        return committed().all();
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        return committed().reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(
            P prefix, PS prefixKeySerializer) {
        return committed().prefixScan(prefix, prefixKeySerializer);
    }

    /** The store underneath, for iterating: the committed state, which the owner sees only with nothing pending. */
    private KeyValueStore<K, V> committed() {
        if (Thread.currentThread() == owner && !pending.isEmpty()) {
            throw new UnsupportedOperationException("store " + name() + " has " + pending.size()
                    + " values pending until the next commit; its task reads it by key only");
        }
        return wrapped();
    }

    private static final class Builder<K, V> implements StoreBuilder<KeyValueStore<K, V>> {
        private final StoreBuilder<KeyValueStore<K, V>> inner;

        Builder(StoreBuilder<KeyValueStore<K, V>> inner) {
            this.inner = inner;
        }

        @Override
        public StoreBuilder<KeyValueStore<K, V>> withCachingEnabled() {
            // This store is the cache.
            return this;
        }

        @Override
        public StoreBuilder<KeyValueStore<K, V>> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<KeyValueStore<K, V>> withLoggingEnabled(Map<String, String> config) {
            inner.withLoggingEnabled(config);
            return this;
        }

        @Override
        public StoreBuilder<KeyValueStore<K, V>> withLoggingDisabled() {
            inner.withLoggingDisabled();
            return this;
        }

        @Override
        public KeyValueStore<K, V> build() {
            return new WriteBehindStore<>(inner.build());
        }

        @Override
        public Map<String, String> logConfig() {
            return inner.logConfig();
        }

        @Override
        public boolean loggingEnabled() {
            return inner.loggingEnabled();
        }

        @Override
        public String name() {
            return inner.name();
        }
    }
}
