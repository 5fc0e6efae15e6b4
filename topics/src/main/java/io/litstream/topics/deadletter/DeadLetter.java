package io.litstream.topics.deadletter;

import java.util.Arrays;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * One dead letter as every stage writes it: the offending input's bytes (cut to
 * {@link DeadLetterHeaders#MAX_PAYLOAD_BYTES}), why it is here, which stage gave up and where the
 * input came from. The one place that truncates payloads and details and builds the
 * {@code litstream.dlq.*} headers, so that ingest, extract and aggregate cannot drift apart.
 *
 * @param stage     the stage that gave up: {@code ingest}, {@code extract} or {@code aggregate}
 * @param source    where the input came from (see the dead-letter header schema for each stage's rule); may be null
 * @param reason    why
 * @param detail    human-readable detail; may be null
 * @param payload   the input's bytes, cut to the limit here when longer; may be null (no value)
 * @param truncated whether {@code payload} is only the start of the input: set by the caller that
 *                  already held only a prefix, and here whenever the payload had to be cut
 */
public record DeadLetter(String stage, String source, DeadLetterReason reason, String detail, byte[] payload,
                         boolean truncated) {
    /** Long enough for an exception message and its cause, short enough for a header. */
    public static final int MAX_DETAIL_CHARS = 2000;

    public DeadLetter {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        if (payload != null && payload.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES) {
            payload = Arrays.copyOf(payload, DeadLetterHeaders.MAX_PAYLOAD_BYTES);
            truncated = true;
        }
        if (detail != null && detail.length() > MAX_DETAIL_CHARS) {
            detail = detail.substring(0, MAX_DETAIL_CHARS);
        }
    }

    /** A dead letter of a whole input ({@code truncated} only if it had to be cut here). */
    public static DeadLetter of(String stage, String source, DeadLetterReason reason, String detail, byte[] payload) {
        return new DeadLetter(stage, source, reason, detail, payload, false);
    }

    /** The part of {@code whole} a dead letter keeps: all of it, or its first {@link DeadLetterHeaders#MAX_PAYLOAD_BYTES}. */
    public static byte[] keptPart(byte[] whole) {
        return exceedsLimit(whole) ? Arrays.copyOf(whole, DeadLetterHeaders.MAX_PAYLOAD_BYTES) : whole;
    }

    /** Whether a dead letter of {@code whole} would hold only part of it. */
    public static boolean exceedsLimit(byte[] whole) {
        return whole != null && whole.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES;
    }

    /** The detail for a failure: the exception and, when there is one, its cause, cut to {@link #MAX_DETAIL_CHARS}. */
    public static String detailOf(Throwable e) {
        StringBuilder sb = new StringBuilder(e.toString());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            sb.append("; caused by ").append(cause);
        }
        return sb.length() > MAX_DETAIL_CHARS ? sb.substring(0, MAX_DETAIL_CHARS) : sb.toString();
    }

    /** The {@code litstream.dlq.*} headers of this dead letter. */
    public Headers headers() {
        return DeadLetterHeaders.of(reason, detail, stage, source, truncated);
    }

    /** The record for {@code topic}, keyed by {@code key} (ingest: the source; stream stages: the input's key bytes). */
    public <K> ProducerRecord<K, byte[]> toRecord(String topic, K key) {
        return new ProducerRecord<>(topic, null, null, key, payload, headers());
    }
}
