package io.litstream.topics.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers every dead letter carries on {@code litstream.deadletters}. The value is the
 * offending input (truncated to {@link #MAX_PAYLOAD_BYTES}); the headers say why it is there.
 */
public final class DeadLetterHeaders {
    public static final String REASON = "litstream.dlq.reason";
    public static final String DETAIL = "litstream.dlq.detail";
    public static final String STAGE = "litstream.dlq.stage";
    public static final String SOURCE = "litstream.dlq.source";
    public static final String TIMESTAMP = "litstream.dlq.timestamp";
    public static final String TRUNCATED = "litstream.dlq.truncated";

    /** Dead letters stay well below the broker's default 1 MB message limit. */
    public static final int MAX_PAYLOAD_BYTES = 256 * 1024;

    private DeadLetterHeaders() {
    }

    /** Builds the headers for one dead letter. */
    public static Headers of(DeadLetterReason reason, String detail, String stage, String source, boolean truncated) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON, bytes(reason.name()));
        headers.add(DETAIL, bytes(detail == null ? "" : detail));
        headers.add(STAGE, bytes(stage));
        headers.add(SOURCE, bytes(source == null ? "" : source));
        headers.add(TIMESTAMP, bytes(Instant.now().toString()));
        headers.add(TRUNCATED, bytes(Boolean.toString(truncated)));
        return headers;
    }

    /** Reads one header as text, or {@code null} when absent. */
    public static String read(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
