package io.litstream.aggregate.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class ByTherapyPartitionerTest {
    private final ByTherapyPartitioner partitioner = new ByTherapyPartitioner();

    private static TherapyContribution contribution(String therapy, String article) {
        return new TherapyContribution(article, therapy, therapy, "DRUG", "t", "s", null,
                Instant.parse("2025-01-01T00:00:00Z"), List.of(), List.of());
    }

    @Test
    void everyBatchOfATherapyGoesToTheDefaultPartitionOfItsTherapyId() {
        // Kafka Streams finds the owner of a summary by hashing the therapy id with the default
        // partitioner; the contributions must have been sent to that very partition.
        for (int partitions : new int[] {1, 3, 4, 12}) {
            for (int t = 0; t < 200; t++) {
                String therapy = "therapy-" + t;
                int expected = BuiltInPartitioner.partitionForKey(therapy.getBytes(StandardCharsets.UTF_8), partitions);
                for (String article : new String[] {"doi:10.1/a", "sha256:ff00", "pmid:123|odd"}) {
                    assertEquals(Optional.of(Set.of(expected)), partitioner.partitions("contributions", article,
                            new ContributionBatch(article, List.of(), List.of(contribution(therapy, article))), partitions),
                            therapy + " " + article);
                    assertEquals(Optional.of(Set.of(expected)), partitioner.partitions("contributions", article,
                            new ContributionBatch(article, List.of(therapy), List.of()), partitions), therapy + " " + article);
                }
            }
        }
    }

    @Test
    void aBatchGroupedForAnotherPartitionCountIsRefusedRatherThanSplitBetweenOwners() {
        String a = "therapy-0";
        String b = IntStream.range(1, 200).mapToObj(i -> "therapy-" + i)
                .filter(t -> ByTherapyPartitioner.partitionOf(t, 4) != ByTherapyPartitioner.partitionOf(a, 4))
                .findFirst().orElseThrow();
        ContributionBatch both = new ContributionBatch("doi:10.1/a", List.of(a), List.of(contribution(b, "doi:10.1/a")));

        assertThrows(IllegalStateException.class, () -> partitioner.partitions("contributions", "doi:10.1/a", both, 4));
        assertEquals(Optional.of(Set.of(0)), partitioner.partitions("contributions", "doi:10.1/a", both, 1));
    }

    @Test
    void theTherapyOfAKeyIsEverythingBeforeTheFirstSeparator() {
        assertEquals("ketamine", TherapyContribution.therapyOf(TherapyContribution.keyOf("ketamine", "a|b")));
        assertEquals("ketamine", TherapyContribution.therapyOf("ketamine"));
    }
}
