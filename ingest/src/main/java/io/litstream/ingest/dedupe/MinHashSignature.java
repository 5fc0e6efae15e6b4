package io.litstream.ingest.dedupe;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A text's MinHash signature: for each of {@link MinHasher#PERMUTATIONS} hash functions, the
 * smallest hash of any of its shingles. The share of positions where two signatures agree
 * estimates the Jaccard similarity of the two shingle sets (standard error about 0.045 at 128
 * permutations). Stored in the state topic as Base64 (about 1.4 kB).
 */
public record MinHashSignature(long[] values) {
    public MinHashSignature {
        values = values.clone();
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
    public double similarity(MinHashSignature other) {
        if (values.length != other.values.length || values.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return (double) same / values.length;
    }

    public String encode() {
        ByteBuffer buf = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) {
            buf.putLong(v);
        }
        return Base64.getEncoder().encodeToString(buf.array());
    }

    /** @throws IllegalArgumentException when {@code encoded} is not a signature written by {@link #encode()} */
    public static MinHashSignature decode(String encoded) {
        byte[] bytes = Base64.getDecoder().decode(encoded);
        if (bytes.length % Long.BYTES != 0) {
            throw new IllegalArgumentException("not a MinHash signature: " + bytes.length + " bytes");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long[] values = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = buf.getLong();
        }
        return new MinHashSignature(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MinHashSignature[" + values.length + " values]";
    }
}
