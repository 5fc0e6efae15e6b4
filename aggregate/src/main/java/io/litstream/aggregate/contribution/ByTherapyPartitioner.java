package io.litstream.aggregate.contribution;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends a contribution, keyed {@code therapyId|articleId}, to the partition its therapy id alone
 * would go to under Kafka's default partitioner.
 *
 * <p>Why: the contributions of one therapy must meet its summary in one task, but the record key
 * has to stay {@code therapyId|articleId} so that a tombstone still names the contribution it
 * removes. Hashing only the therapy part puts every contribution of a therapy in one partition,
 * and because the hash is the default partitioner's ({@code murmur2} of the UTF-8 bytes), a query
 * for the summary of a therapy id finds the instance that owns it with Kafka Streams' ordinary
 * key lookup.
 */
public final class ByTherapyPartitioner<V> implements StreamPartitioner<String, V> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, V value, int numPartitions) {
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(Set.of(partitionOf(TherapyContribution.therapyOf(key), numPartitions)));
    }

    /** The partition of {@code therapyId} among {@code numPartitions}, as the default partitioner computes it. */
    public static int partitionOf(String therapyId, int numPartitions) {
        return Utils.toPositive(Utils.murmur2(therapyId.getBytes(StandardCharsets.UTF_8))) % numPartitions;
    }
}
