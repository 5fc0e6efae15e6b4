package io.litstream.ingest.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.litstream.ingest.read.Rejection;
import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterRecordTest {
    private static final String SOURCE = "/data/in/broken.html";

    @Test
    void carriesReasonDetailStageAndSourceInHeaders() {
        byte[] payload = "not really html".getBytes(UTF_8);
        ProducerRecord<String, byte[]> r = DeadLetterRecord.of(SOURCE,
                new Rejection(DeadLetterReason.BINARY_CONTENT, "looks like PNG image", payload));
        assertEquals(Topics.DEAD_LETTERS, r.topic());
        assertEquals(SOURCE, r.key());
        assertArrayEquals(payload, r.value());
        assertEquals("BINARY_CONTENT", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.REASON));
        assertEquals("looks like PNG image", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.DETAIL));
        assertEquals("ingest", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.STAGE));
        assertEquals(SOURCE, DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.SOURCE));
        assertEquals("false", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TRUNCATED));
        assertNotNull(DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TIMESTAMP));
    }

    @Test
    void truncatesLargePayloadsAndSaysSo() {
        byte[] big = new byte[DeadLetterHeaders.MAX_PAYLOAD_BYTES + 10];
        Arrays.fill(big, (byte) 'x');
        ProducerRecord<String, byte[]> r = DeadLetterRecord.of(SOURCE, new Rejection(DeadLetterReason.TOO_LARGE, "big", big));
        assertEquals(DeadLetterHeaders.MAX_PAYLOAD_BYTES, r.value().length);
        assertEquals("true", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TRUNCATED));
    }

    @Test
    void payloadAlreadyCutByTheReaderIsReportedTruncated() {
        byte[] prefix = "first bytes only".getBytes(UTF_8);
        ProducerRecord<String, byte[]> r = DeadLetterRecord.of(SOURCE, new Rejection(DeadLetterReason.TOO_LARGE, "file is 9 MB", prefix, true));
        assertArrayEquals(prefix, r.value());
        assertEquals("true", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TRUNCATED));
    }

    @Test
    void payloadOfExactlyTheLimitIsWhole() {
        byte[] exact = new byte[DeadLetterHeaders.MAX_PAYLOAD_BYTES];
        ProducerRecord<String, byte[]> r = DeadLetterRecord.of(SOURCE, new Rejection(DeadLetterReason.TOO_LARGE, "", exact));
        assertEquals(exact.length, r.value().length);
        assertEquals("false", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TRUNCATED));
    }

    @Test
    void emptyPayloadOfAnUnreadableFileIsFine() {
        ProducerRecord<String, byte[]> r = DeadLetterRecord.of(SOURCE, new Rejection(DeadLetterReason.UNREADABLE, "gone", null));
        assertEquals(0, r.value().length);
    }
}
