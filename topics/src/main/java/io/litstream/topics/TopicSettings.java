package io.litstream.topics;

/**
 * How big and how safe the topics are. One broker wants replication 1; a production cluster
 * of three wants replication 3 and min ISR 2.
 *
 * @param partitions        partitions of each data topic (the unit of parallelism downstream)
 * @param replicationFactor replicas per partition
 * @param minInsyncReplicas min.insync.replicas for every topic
 */
public record TopicSettings(int partitions, short replicationFactor, int minInsyncReplicas) {
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
    }

    /** A single local broker. */
    public static TopicSettings singleBroker(int partitions) {
        return new TopicSettings(partitions, (short) 1, 1);
    }
}
