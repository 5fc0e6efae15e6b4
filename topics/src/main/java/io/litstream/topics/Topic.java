package io.litstream.topics;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serde;

/**
 * One pipeline topic with everything a stage needs to read or write it: its name, the serdes of
 * its keys and values, the version of its schema and how it is laid out on the broker. Stages
 * pair them through this object ({@code Consumed.with(topic.keySerde(), topic.valueSerde())})
 * instead of by hand; the instances are in {@link PipelineTopics}.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class Topic<K, V> {
    /** How a topic keeps its records. */
    public enum Layout {
        /** A table keyed by id: compacted, so the latest value of every key is kept for ever. */
        TABLE,
        /** A log: every record matters, deleted by age, never compacted. */
        LOG,
        /** A log in one partition, read in full by operators: small and in order. */
        SINGLE_PARTITION_LOG
    }

    private final String name;
    private final Supplier<Serde<K>> keySerdes;
    private final Supplier<Serde<V>> valueSerdes;
    private final int schemaVersion;
    private final Layout layout;

    Topic(String name, Supplier<Serde<K>> keySerdes, Supplier<Serde<V>> valueSerdes, int schemaVersion, Layout layout) {
        this.name = Objects.requireNonNull(name, "name");
        this.keySerdes = Objects.requireNonNull(keySerdes, "keySerdes");
        this.valueSerdes = Objects.requireNonNull(valueSerdes, "valueSerdes");
        this.schemaVersion = schemaVersion;
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    public String name() {
        return name;
    }

    /** A new serde of the keys: Kafka Streams configures and closes the serdes it is handed, so none is shared. */
    public Serde<K> keySerde() {
        return keySerdes.get();
    }

    /** A new serde of the values (see {@link #keySerde()}). */
    public Serde<V> valueSerde() {
        return valueSerdes.get();
    }

    /** The current version of the topic's schema (of the value, or of the headers for dead letters). */
    public int schemaVersion() {
        return schemaVersion;
    }

    public Layout layout() {
        return layout;
    }

    /** The topic as the provisioner creates and checks it, sized by {@code settings}. */
    public TopicSpec spec(TopicSettings settings) {
        String minIsr = Integer.toString(settings.minInsyncReplicas());
        return switch (layout) {
            case TABLE -> new TopicSpec(name, settings.partitions(), settings.replicationFactor(),
                    Map.of("min.insync.replicas", minIsr, "cleanup.policy", "compact"));
            case LOG -> new TopicSpec(name, settings.partitions(), settings.replicationFactor(),
                    Map.of("min.insync.replicas", minIsr));
            case SINGLE_PARTITION_LOG -> new TopicSpec(name, 1, settings.replicationFactor(),
                    Map.of("min.insync.replicas", minIsr));
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
