package io.litstream.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterLogTest {
    @Test
    void countsEveryLetterByReasonAndStageButKeepsOnlyTheLatest() {
        DeadLetterLog log = new DeadLetterLog(2);
        log.add(letter(0, DeadLetterReason.EMPTY_BODY, "ingest", "a.txt"));
        log.add(letter(1, DeadLetterReason.EMPTY_BODY, "ingest", "b.txt"));
        log.add(letter(2, DeadLetterReason.PROCESSING_ERROR, "extract", "raw-3"));

        DeadLetterLog.Summary s = log.summary();
        assertEquals(3, s.total());
        assertEquals(Map.of("EMPTY_BODY", 2L, "PROCESSING_ERROR", 1L), s.byReason());
        assertEquals(Map.of("ingest", 2L, "extract", 1L), s.byStage());
        assertEquals(2, s.latest().size());
        assertEquals("raw-3", s.latest().get(0).source(), "newest first");
        assertEquals("<b>payload 2</b>", s.latest().get(0).preview(), "the preview is the text as it is");
        assertEquals(2, log.count("EMPTY_BODY"));
    }

    private static ConsumerRecord<byte[], byte[]> letter(long offset, DeadLetterReason reason, String stage, String source) {
        return new ConsumerRecord<>("litstream.deadletters", 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0, null,
                ("<b>payload " + offset + "</b>").getBytes(StandardCharsets.UTF_8),
                DeadLetterHeaders.of(reason, "why", stage, source, false), Optional.empty());
    }
}
