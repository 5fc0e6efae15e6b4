package io.litstream.aggregate.deadletter;

import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterHeaders;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a record that cannot be deserialized, skips it, and sends its bytes to the dead letters
 * with the contract's {@code litstream.dlq.*} headers.
 *
 * <p>Skipping is safe for the summaries: an undecodable extraction never becomes a contribution,
 * so the article keeps whatever it contributed before (its previous version, or nothing) until
 * a decodable version or a retraction arrives. The dead letter is produced by Kafka Streams in
 * the same transaction as the rest of the task's output.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    /** The {@code litstream.dlq.stage} of aggregate's dead letters. */
    public static final String STAGE = "aggregate";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    @Override
    public void configure(Map<String, ?> configs) {
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        String source = record.topic() + "-" + record.partition() + "@" + record.offset();
        log.warn("skipping undecodable record {}, sent to {}: {}", source, Topics.DEAD_LETTERS, exception.getMessage());
        byte[] value = record.value();
        boolean truncated = value != null && value.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES;
        byte[] payload = truncated ? Arrays.copyOf(value, DeadLetterHeaders.MAX_PAYLOAD_BYTES) : value;
        return Response.resume(List.of(new ProducerRecord<>(Topics.DEAD_LETTERS, null, record.key(), payload,
                DeadLetterHeaders.of(DeadLetterReason.DESERIALIZATION_ERROR, exception.getMessage(), STAGE, source, truncated))));
    }
}
