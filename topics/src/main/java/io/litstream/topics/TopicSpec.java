package io.litstream.topics;

import java.util.Map;
import java.util.OptionalInt;

/**
 * A topic as the pipeline needs it.
 *
 * @param name              topic name
 * @param partitions        partition count
 * @param replicationFactor replicas per partition
 * @param configs           topic-level configs (cleanup.policy, retention, min.insync.replicas ...)
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {
    /** The topic config that bounds a record batch on the broker. */
    public static final String MAX_MESSAGE_BYTES = "max.message.bytes";

    public TopicSpec {
        configs = Map.copyOf(configs);
    }

    /** The {@code max.message.bytes} the topic needs, when it names one. */
    public OptionalInt maxMessageBytes() {
        String v = configs.get(MAX_MESSAGE_BYTES);
        return v == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
    }

    public boolean compacted() {
        return configs.getOrDefault("cleanup.policy", "delete").contains("compact");
    }
}
