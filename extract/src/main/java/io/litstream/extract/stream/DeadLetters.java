package io.litstream.extract.stream;

import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;

/** Builds the dead-letter records of the extract stage: the original bytes, the reason in headers. */
final class DeadLetters {
    static final String STAGE = "extract";
    /** Long enough for an exception message and its cause, short enough for a header. */
    private static final int MAX_DETAIL_CHARS = 2000;

    private DeadLetters() {
    }

    /** The dead-letter topic: the streams config's DLQ topic when set, else the pipeline's. */
    static String topic(Map<String, ?> configs) {
        Object name = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return name == null || name.toString().isBlank() ? Topics.DEAD_LETTERS : name.toString();
    }

    static ProducerRecord<byte[], byte[]> record(String topic, byte[] key, byte[] value, DeadLetterReason reason,
                                                 Exception cause, String source) {
        boolean truncated = value != null && value.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES;
        byte[] payload = truncated ? Arrays.copyOf(value, DeadLetterHeaders.MAX_PAYLOAD_BYTES) : value;
        return new ProducerRecord<>(topic, null, null, key, payload,
                DeadLetterHeaders.of(reason, detail(cause), STAGE, source, truncated));
    }

    private static String detail(Exception e) {
        StringBuilder sb = new StringBuilder(e.toString());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            sb.append("; caused by ").append(cause);
        }
        return sb.length() > MAX_DETAIL_CHARS ? sb.substring(0, MAX_DETAIL_CHARS) : sb.toString();
    }
}
