package io.litstream.ingest.publish;

import io.litstream.ingest.read.Rejection;
import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds the dead letter for a rejected input: original bytes (truncated if needed), reason in the headers. */
public final class DeadLetterRecord {
    /** The stage name in the {@code litstream.dlq.stage} header. */
    public static final String STAGE = "ingest";

    private DeadLetterRecord() {
    }

    /**
     * The record for {@link Topics#DEAD_LETTERS}, keyed by source so that all dead letters of one
     * file sit together. The payload is cut to {@link DeadLetterHeaders#MAX_PAYLOAD_BYTES}, and the
     * truncated header says whether the value is the whole input.
     */
    public static ProducerRecord<String, byte[]> of(String source, Rejection rejection) {
        byte[] payload = rejection.payload();
        boolean truncated = rejection.payloadTruncated() || payload.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES;
        byte[] value = payload.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES
                ? Arrays.copyOf(payload, DeadLetterHeaders.MAX_PAYLOAD_BYTES)
                : payload;
        return new ProducerRecord<>(Topics.DEAD_LETTERS, null, source, value,
                DeadLetterHeaders.of(rejection.reason(), rejection.detail(), STAGE, source, truncated));
    }
}
