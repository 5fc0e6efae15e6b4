package io.litstream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ConsumerLagTest {
    private static final TopicPartition P0 = new TopicPartition("raw", 0);
    private static final TopicPartition P1 = new TopicPartition("raw", 1);

    @Test
    void lagIsEndMinusCommittedSummedOverPartitions() {
        assertEquals(7 + 2, ConsumerLag.lag(Map.of(P0, new OffsetAndMetadata(3), P1, new OffsetAndMetadata(8)),
                Map.of(P0, 0L, P1, 0L), Map.of(P0, 10L, P1, 10L)));
    }

    @Test
    void aPartitionWithNothingCommittedLagsFromItsStart() {
        assertEquals(10 - 4, ConsumerLag.lag(Map.of(), Map.of(P0, 4L), Map.of(P0, 10L)));
    }

    @Test
    void aCommitPastTheEndIsNoLagNotANegativeOne() {
        assertEquals(0, ConsumerLag.lag(Map.of(P0, new OffsetAndMetadata(11)), Map.of(P0, 0L), Map.of(P0, 10L)));
    }
}
