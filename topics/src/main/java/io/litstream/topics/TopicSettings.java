package io.litstream.topics;

/**
 * How big and how safe the topics are. One broker wants replication 1; a production cluster
 * of three wants replication 3 and min ISR 2.
 *
 * @param partitions        partitions of each data topic (the unit of parallelism downstream)
 * @param replicationFactor replicas per partition
 * @param minInsyncReplicas min.insync.replicas for every topic
 * @param maxMessageBytes   {@code max.message.bytes} of every topic, and the producers' {@code max.request.size}:
 *                          the largest record the pipeline writes (see {@link #recordBytesFor(long)})
 */
public record TopicSettings(int partitions, short replicationFactor, int minInsyncReplicas, int maxMessageBytes) {
    /** The documented input limit, {@code ingest.max.bytes}: 5 MB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 5L * 1024 * 1024;
    /** Room in a record for the key, headers, the article's other fields and JSON escapes. */
    private static final int RECORD_HEADROOM = 256 * 1024;

    public TopicSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be at least 1, was " + replicationFactor);
        }
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("min.insync.replicas must be between 1 and the replication factor ("
                    + replicationFactor + "), was " + minInsyncReplicas);
        }
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("max.message.bytes must be positive, was " + maxMessageBytes);
        }
    }

    /** Records sized for the default input limit. */
    public TopicSettings(int partitions, short replicationFactor, int minInsyncReplicas) {
        this(partitions, replicationFactor, minInsyncReplicas, recordBytesFor(DEFAULT_MAX_INPUT_BYTES));
    }

    /**
     * The record size that holds an article read from an input of {@code maxInputBytes}: twice
     * the input, because a raw article carries its cleaned text twice (whole, and again in its
     * {@code blocks}), plus headroom for the other fields and JSON escapes. So the input limit is
     * the one limit a user meets; the producer's and the broker's follow from it.
     */
    public static int recordBytesFor(long maxInputBytes) {
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("the input limit must be positive, was " + maxInputBytes);
        }
        return (int) Math.min(Integer.MAX_VALUE, 2 * maxInputBytes + RECORD_HEADROOM);
    }

    /** The largest input limit records of {@code recordBytes} hold: the inverse of {@link #recordBytesFor(long)}. */
    public static long maxInputBytesFor(int recordBytes) {
        return Math.max(0, (recordBytes - RECORD_HEADROOM) / 2);
    }

    /** These settings with records sized for inputs of up to {@code maxInputBytes}. */
    public TopicSettings withMaxInputBytes(long maxInputBytes) {
        return new TopicSettings(partitions, replicationFactor, minInsyncReplicas, recordBytesFor(maxInputBytes));
    }

    /** A single local broker. */
    public static TopicSettings singleBroker(int partitions) {
        return new TopicSettings(partitions, (short) 1, 1);
    }
}
