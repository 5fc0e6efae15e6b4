package io.litstream.topics.deadletter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.Topics;
import java.io.IOException;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterTest {
    private static final String SOURCE = "/data/in/broken.html";

    @Test
    void carriesReasonDetailStageAndSourceInHeaders() {
        byte[] payload = "not really html".getBytes(UTF_8);
        ProducerRecord<String, byte[]> r = DeadLetter.of("ingest", SOURCE, DeadLetterReason.BINARY_CONTENT,
                "looks like PNG image", payload).toRecord(Topics.DEAD_LETTERS, SOURCE);
        assertEquals(Topics.DEAD_LETTERS, r.topic());
        assertEquals(SOURCE, r.key());
        assertNull(r.partition());
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
        ProducerRecord<String, byte[]> r = DeadLetter.of("ingest", SOURCE, DeadLetterReason.TOO_LARGE, "big", big)
                .toRecord(Topics.DEAD_LETTERS, SOURCE);
        assertEquals(DeadLetterHeaders.MAX_PAYLOAD_BYTES, r.value().length);
        assertEquals("true", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TRUNCATED));
    }

    @Test
    void payloadAlreadyCutByTheCallerIsReportedTruncated() {
        byte[] prefix = "first bytes only".getBytes(UTF_8);
        DeadLetter letter = new DeadLetter("ingest", SOURCE, DeadLetterReason.TOO_LARGE, "file is 9 MB", prefix, true);
        ProducerRecord<String, byte[]> r = letter.toRecord(Topics.DEAD_LETTERS, SOURCE);
        assertArrayEquals(prefix, r.value());
        assertEquals("true", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TRUNCATED));
    }

    @Test
    void payloadOfExactlyTheLimitIsWhole() {
        byte[] exact = new byte[DeadLetterHeaders.MAX_PAYLOAD_BYTES];
        DeadLetter letter = DeadLetter.of("ingest", SOURCE, DeadLetterReason.TOO_LARGE, "", exact);
        assertEquals(exact.length, letter.payload().length);
        assertEquals("false", DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.TRUNCATED));
        assertSame(exact, DeadLetter.keptPart(exact), "nothing to cut, nothing copied");
    }

    @Test
    void aRecordWithoutValueBecomesADeadLetterWithoutValue() {
        byte[] key = "a1".getBytes(UTF_8);
        ProducerRecord<byte[], byte[]> r = DeadLetter.of("aggregate", "t-0@3", DeadLetterReason.DESERIALIZATION_ERROR,
                null, null).toRecord(Topics.DEAD_LETTERS, key);
        assertNull(r.value());
        assertArrayEquals(key, r.key());
        assertEquals("", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.DETAIL));
        assertEquals("false", DeadLetterHeaders.read(r.headers(), DeadLetterHeaders.TRUNCATED));
    }

    @Test
    void theDetailOfAFailureNamesTheExceptionAndItsCauseWithinTheLimit() {
        Exception e = new IllegalStateException("cannot read", new IOException("disk gone"));
        assertEquals("java.lang.IllegalStateException: cannot read; caused by java.io.IOException: disk gone",
                DeadLetter.detailOf(e));
        String huge = DeadLetter.detailOf(new RuntimeException("x".repeat(5000)));
        assertEquals(DeadLetter.MAX_DETAIL_CHARS, huge.length());
        DeadLetter letter = DeadLetter.of("extract", "s", DeadLetterReason.PROCESSING_ERROR, "y".repeat(5000), null);
        assertTrue(letter.detail().length() <= DeadLetter.MAX_DETAIL_CHARS);
    }
}
