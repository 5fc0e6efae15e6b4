package io.litstream.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records the stream stages have not yet committed, read through the Admin client as any
 * operator would: for every partition a group has committed on, log end offset minus committed
 * offset, summed over the groups (input topics and the stage's own repartition topics alike).
 */
public final class ConsumerLag {
    private final Admin admin;
    private final Map<String, List<String>> inputsByGroup;

    /** {@code inputsByGroup}: each group with the input topics it reads from the start. */
    public ConsumerLag(Admin admin, Map<String, List<String>> inputsByGroup) {
        this.admin = admin;
        this.inputsByGroup = inputsByGroup;
    }

    /** Lag per group now. */
    Map<String, Long> byGroup() throws ExecutionException, InterruptedException {
        Map<String, Long> out = new HashMap<>();
        for (var group : inputsByGroup.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata().get();
            Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
            admin.describeTopics(group.getValue()).allTopicNames().get().values().forEach(d -> d.partitions()
                    .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            out.put(group.getKey(), lag(committed, offsets(partitions, OffsetSpec.earliest()),
                    offsets(partitions, OffsetSpec.latest())));
        }
        return out;
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
        partitions.forEach(tp -> ask.put(tp, spec));
        Map<TopicPartition, Long> out = new HashMap<>();
        admin.listOffsets(ask).all().get().forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /**
     * Records behind on every partition: end minus committed, or end minus start where the group
     * has committed nothing yet.
     */
    static long lag(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> starts,
            Map<TopicPartition, Long> ends) {
        long lag = 0;
        for (var e : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            long from = c != null ? c.offset() : starts.getOrDefault(e.getKey(), 0L);
            lag += Math.max(0, e.getValue() - from);
        }
        return lag;
    }
}
