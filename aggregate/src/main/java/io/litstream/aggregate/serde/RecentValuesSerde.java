package io.litstream.aggregate.serde;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A JSON serde that remembers, per thread, the values it handled last, for immutable record types.
 *
 * <p>Why: one summary change costs the aggregate a read of the summary from its store (JSON
 * parse), a write of the new one (JSON write) and the same object written again to the summaries
 * topic; and the next change of a busy therapy reads back the very bytes just written. Here a
 * value written a moment ago is not written twice (same object, same bytes) and bytes written or
 * read a moment ago are not parsed again (equal bytes, equal value). Both are pure functions of
 * their input, so remembering them cannot change a result, under exactly-once or after a restart.
 *
 * <p>The values must be immutable (records of immutable collections), since one instance is
 * handed out for equal bytes. Memory: at most {@code capacity} values per stream thread.
 */
public final class RecentValuesSerde<T> implements Serde<T> {
    private final Serializer<T> write;
    private final Deserializer<T> read;
    private final ThreadLocal<Recent<T>> recent;

    /** Remembers what {@code inner} (a serde whose bytes do not depend on the topic, such as a topic's JSON serde) wrote and read. */
    public RecentValuesSerde(Serde<T> inner, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.write = inner.serializer();
        this.read = inner.deserializer();
        this.recent = ThreadLocal.withInitial(() -> new Recent<>(capacity));
    }

    public byte[] toBytes(T value) {
        if (value == null) {
            return null;
        }
        Recent<T> r = recent.get();
        byte[] known = r.bytesOf.get(value);
        if (known != null) {
            return known.clone();
        }
        byte[] bytes = write.serialize(null, value);
        // Copies in and out: whoever gets the bytes may reuse the array; the memory must not change.
        r.remember(value, bytes.clone());
        return bytes;
    }

    public T fromBytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        Recent<T> r = recent.get();
        Entry<T> known = r.byContent.get(new Content(bytes));
        if (known != null) {
            return known.value();
        }
        T value = read.deserialize(null, bytes);
        r.remember(value, bytes.clone());
        return value;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> toBytes(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> fromBytes(bytes);
    }

    private record Entry<T>(T value, byte[] bytes) {
    }

    /**
     * A hash of the whole content, eight bytes a step. Every summary read and write hashes a few
     * kilobytes, and JDK 17's {@code Arrays.hashCode} takes one byte a step: it was an eighth of
     * the aggregate's CPU in a profile of the benchmark.
     */
    static int contentHash(byte[] bytes) {
        long h = bytes.length;
        int i = 0;
        for (int end = bytes.length - 7; i < end; i += 8) {
            // A multiply carries bits only upwards; the rotation brings the high ones down again.
            h = Long.rotateLeft((h ^ (long) LONGS.get(bytes, i)) * MIX, 29);
        }
        for (; i < bytes.length; i++) {
            h = Long.rotateLeft((h ^ bytes[i]) * MIX, 29);
        }
        h = (h ^ (h >>> 33)) * MIX;
        return (int) (h ^ (h >>> 32));
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** 2^64 divided by the golden ratio: an odd multiplier that spreads every input bit upwards. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    /** Bytes compared by content; the hash is computed once. */
    private static final class Content {
        private final byte[] bytes;
        private final int hash;

        Content(byte[] bytes) {
            this.bytes = bytes;
            this.hash = contentHash(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && c.hash == hash && Arrays.equals(c.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The last values of one thread, oldest dropped first, found by content and by identity. */
    private static final class Recent<T> {
        private final IdentityHashMap<T, byte[]> bytesOf = new IdentityHashMap<>();
        private final LinkedHashMap<Content, Entry<T>> byContent;

        Recent(int capacity) {
            byContent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Content, Entry<T>> eldest) {
                    if (size() > capacity) {
                        bytesOf.remove(eldest.getValue().value());
                        return true;
                    }
                    return false;
                }
            };
        }

        void remember(T value, byte[] bytes) {
            Content key = new Content(bytes);
            Entry<T> old = byContent.get(key);
            if (old != null) {
                bytesOf.remove(old.value());
            }
            byContent.put(key, new Entry<>(value, bytes));
            bytesOf.put(value, bytes);
        }
    }
}
