package io.litstream.ingest.read;

import io.litstream.topics.deadletter.DeadLetter;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.util.Objects;

/**
 * Why an input could not become an article, with the bytes a person needs to look into it.
 *
 * @param reason           the dead-letter reason code
 * @param detail           a short human-readable explanation
 * @param payload          the original input as read (never {@code null}; may be only a prefix, see below)
 * @param payloadTruncated {@code true} when {@link #payload()} is only the start of the input, e.g. for a
 *                         file too large to load; the dead-letter publisher reports it in its headers
 */
public record Rejection(DeadLetterReason reason, String detail, byte[] payload, boolean payloadTruncated)
        implements ReadResult {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
        payload = payload == null ? new byte[0] : payload;
    }

    /** A rejection carrying the whole input. */
    public Rejection(DeadLetterReason reason, String detail, byte[] payload) {
        this(reason, detail, payload, false);
    }

    /**
     * A rejection of {@code whole} that holds only the part its dead letter keeps
     * ({@link DeadLetter#keptPart}), so that a large input is not held in memory until published.
     */
    public static Rejection keepingPrefix(DeadLetterReason reason, String detail, byte[] whole) {
        return new Rejection(reason, detail, DeadLetter.keptPart(whole), DeadLetter.exceedsLimit(whole));
    }

    /** The dead letter of this rejection, written by {@code stage} for the input at {@code source}. */
    public DeadLetter deadLetter(String stage, String source) {
        return new DeadLetter(stage, source, reason, detail, payload, payloadTruncated);
    }

    @Override
    public String toString() {
        // The default would print the array's identity, which helps no one reading a log.
        return "Rejection[" + reason + ": " + detail + ", " + payload.length + " bytes"
                + (payloadTruncated ? " (truncated)" : "") + "]";
    }
}
