package io.litstream.ingest.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.deadletter.DeadLetter;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import org.junit.jupiter.api.Test;

class RejectionTest {
    @Test
    void aLargeInputIsHeldOnlyAsTheDeadLettersPrefixAndMarkedTruncated() {
        Rejection r = Rejection.keepingPrefix(DeadLetterReason.UNREADABLE, "malformed feed",
                new byte[DeadLetterHeaders.MAX_PAYLOAD_BYTES + 1]);
        assertEquals(DeadLetterHeaders.MAX_PAYLOAD_BYTES, r.payload().length);
        assertTrue(r.payloadTruncated());

        Rejection small = Rejection.keepingPrefix(DeadLetterReason.UNREADABLE, "malformed feed", "<rss".getBytes(UTF_8));
        assertFalse(small.payloadTruncated());
    }

    @Test
    void theDeadLetterOfARejectionKeepsItsReasonDetailPayloadAndTruncation() {
        byte[] prefix = "first bytes only".getBytes(UTF_8);
        DeadLetter letter = new Rejection(DeadLetterReason.TOO_LARGE, "file is 9 MB", prefix, true)
                .deadLetter("ingest", "/data/in/big.txt");
        assertEquals("ingest", letter.stage());
        assertEquals("/data/in/big.txt", letter.source());
        assertEquals(DeadLetterReason.TOO_LARGE, letter.reason());
        assertEquals("file is 9 MB", letter.detail());
        assertArrayEquals(prefix, letter.payload());
        assertTrue(letter.truncated());
    }
}
