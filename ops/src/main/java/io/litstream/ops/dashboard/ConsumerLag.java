package io.litstream.ops.dashboard;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group is behind: per partition, the end offset minus the group's committed
 * offset. A partition listed without a committed offset counts from offset 0.
 *
 * @param total   the sum over partitions
 * @param byTopic the sum per topic, sorted by name
 */
public record ConsumerLag(long total, Map<String, Long> byTopic) {
    public ConsumerLag {
        byTopic = Map.copyOf(byTopic);
    }

    /**
     * @param committed  the group's committed offsets of the partitions it reads (a null value: none yet)
     * @param endOffsets the end offsets of at least those partitions
     */
    public static ConsumerLag of(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> endOffsets) {
        Map<String, Long> byTopic = new TreeMap<>();
        long total = 0;
        for (Map.Entry<TopicPartition, Long> e : committed.entrySet()) {
            Long end = endOffsets.get(e.getKey());
            if (end == null) {
                continue; // the partition is gone (topic deleted): nothing left to read
            }
            long position = e.getValue() == null ? 0 : e.getValue();
            long lag = Math.max(0, end - position);
            byTopic.merge(e.getKey().topic(), lag, Long::sum);
            total += lag;
        }
        return new ConsumerLag(total, byTopic);
    }
}
