package io.litstream.aggregate.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class ByTherapyPartitionerTest {
    private final ByTherapyPartitioner<TherapyContribution> partitioner = new ByTherapyPartitioner<>();

    @Test
    void everyContributionOfATherapyGoesToTheDefaultPartitionOfItsTherapyId() {
        // Kafka Streams finds the owner of a summary by hashing the therapy id with the default
        // partitioner; the contributions must have been sent to that very partition.
        for (int partitions : new int[] {1, 3, 4, 12}) {
            for (int t = 0; t < 200; t++) {
                String therapy = "therapy-" + t;
                int expected = BuiltInPartitioner.partitionForKey(therapy.getBytes(StandardCharsets.UTF_8), partitions);
                for (String article : new String[] {"doi:10.1/a", "sha256:ff00", "pmid:123|odd"}) {
                    assertEquals(Optional.of(Set.of(expected)), partitioner.partitions("contributions",
                            TherapyContribution.keyOf(therapy, article), null, partitions), therapy + " " + article);
                }
            }
        }
    }

    @Test
    void aRecordWithoutKeyIsLeftToTheDefault() {
        assertEquals(Optional.empty(), partitioner.partitions("contributions", null, null, 4));
    }

    @Test
    void theTherapyOfAKeyIsEverythingBeforeTheFirstSeparator() {
        assertEquals("ketamine", TherapyContribution.therapyOf(TherapyContribution.keyOf("ketamine", "a|b")));
        assertEquals("ketamine", TherapyContribution.therapyOf("ketamine"));
    }
}
