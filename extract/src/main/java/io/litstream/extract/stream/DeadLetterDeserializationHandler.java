package io.litstream.extract.stream;

import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an input record that is not a valid {@code RawArticle} to the dead letters (reason
 * {@code DESERIALIZATION_ERROR}, source = its key, the article id) and resumes with the next one.
 * Like {@link DeadLetterProcessingHandler}, it returns the dead letter to Kafka Streams (KIP-1034)
 * so that it is written in the task's transaction.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private String topic = Topics.DEAD_LETTERS;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetters.topic(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        log.warn("undeserializable record {} at {}-{}@{}, dead-lettered: {}", key, record.topic(), record.partition(),
                record.offset(), exception.toString());
        return Response.resume(List.of(DeadLetters.record(topic,
                record.key(), record.value(), DeadLetterReason.DESERIALIZATION_ERROR, exception, key)));
    }
}
