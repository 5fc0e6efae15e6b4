package io.litstream.aggregate.contribution;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends a {@link ContributionBatch} to the partition its therapy ids would go to under Kafka's
 * default partitioner; the splitter groups each article's changes so that a batch holds the
 * therapies of one partition only.
 *
 * <p>Why this partition: the contributions of one therapy must meet its summary in one task, and
 * because the hash is the default partitioner's ({@code murmur2} of the UTF-8 bytes), a query for
 * the summary of a therapy id finds the instance that owns it with Kafka Streams' ordinary key
 * lookup.
 */
public final class ByTherapyPartitioner implements StreamPartitioner<String, ContributionBatch> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, ContributionBatch batch, int numPartitions) {
        if (batch == null || batch.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> targets = new TreeSet<>();
        batch.therapyIds().forEach(t -> targets.add(partitionOf(t, numPartitions)));
        if (targets.size() > 1) {
            // Sending it to several would let two tasks own one therapy's summary; to one, lose changes.
            throw new IllegalStateException("the batch of article " + batch.articleId() + " spans partitions "
                    + targets + " of " + topic + "'s " + numPartitions + ": it was grouped for another partition count");
        }
        return Optional.of(targets);
    }

    /** The partition of {@code therapyId} among {@code numPartitions}, as the default partitioner computes it. */
    public static int partitionOf(String therapyId, int numPartitions) {
        return Utils.toPositive(Utils.murmur2(therapyId.getBytes(StandardCharsets.UTF_8))) % numPartitions;
    }
}
