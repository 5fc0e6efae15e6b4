package io.litstream.topics;

import java.util.Map;

/**
 * A topic as the pipeline needs it.
 *
 * @param name              topic name
 * @param partitions        partition count
 * @param replicationFactor replicas per partition
 * @param configs           topic-level configs (cleanup.policy, retention, min.insync.replicas ...)
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {
    public TopicSpec {
        configs = Map.copyOf(configs);
    }

    public boolean compacted() {
        return configs.getOrDefault("cleanup.policy", "delete").contains("compact");
    }
}
