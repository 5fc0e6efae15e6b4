package io.litstream.ingest.pdf;

import io.litstream.topics.deadletter.DeadLetterReason;

/** A PDF that cannot become an article, with the dead-letter reason that says why. */
public final class PdfRejected extends Exception {
    private final DeadLetterReason reason;

    public PdfRejected(DeadLetterReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public DeadLetterReason reason() {
        return reason;
    }
}
