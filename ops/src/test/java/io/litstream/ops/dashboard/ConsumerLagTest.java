package io.litstream.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ConsumerLagTest {
    private static final TopicPartition RAW0 = new TopicPartition("raw", 0);
    private static final TopicPartition RAW1 = new TopicPartition("raw", 1);
    private static final TopicPartition REPART0 = new TopicPartition("app-repartition", 0);

    @Test
    void lagIsEndMinusCommittedSummedPerTopicAndOverall() {
        ConsumerLag lag = ConsumerLag.of(Map.of(RAW0, 7L, RAW1, 10L, REPART0, 3L),
                Map.of(RAW0, 10L, RAW1, 10L, REPART0, 5L));
        assertEquals(5, lag.total());
        assertEquals(Map.of("raw", 3L, "app-repartition", 2L), lag.byTopic());
    }

    @Test
    void aPartitionWithoutCommitCountsFromZeroAndAVanishedOneNotAtAll() {
        Map<TopicPartition, Long> committed = new HashMap<>();
        committed.put(RAW0, null);
        committed.put(REPART0, 4L);
        ConsumerLag lag = ConsumerLag.of(committed, Map.of(RAW0, 6L));
        assertEquals(6, lag.total());
        assertEquals(Map.of("raw", 6L), lag.byTopic());
    }

    @Test
    void aCommitPastTheEndIsNoNegativeLag() {
        assertEquals(0, ConsumerLag.of(Map.of(RAW0, 12L), Map.of(RAW0, 10L)).total());
    }
}
