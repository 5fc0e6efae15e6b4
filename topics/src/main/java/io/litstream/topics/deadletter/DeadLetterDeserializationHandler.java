package io.litstream.topics.deadletter;

import io.litstream.topics.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deserialization handler of both stream stages: logs a record it cannot read, sends its
 * original key and value bytes to the dead letters (reason {@code DESERIALIZATION_ERROR}) and
 * resumes with the next record, so that bad input never stops a stage.
 *
 * <p>The source header is where the bytes were read, {@code topic-partition@offset}: it names one
 * record exactly, while the article id is already the dead letter's key. The stage comes from the
 * streams config's {@value #STAGE_CONFIG}, the topic from its
 * {@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG} (else the pipeline's). The dead
 * letter is handed back to Kafka Streams (KIP-1034), which produces it in the task's transaction.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    /** The streams config key that names the stage in {@code litstream.dlq.stage}; Kafka Streams passes unknown keys on. */
    public static final String STAGE_CONFIG = "litstream.dlq.stage";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
    private String topic = Topics.DEAD_LETTERS;
    private String stage = "unknown";

    @Override
    public void configure(Map<String, ?> configs) {
        topic = deadLetterTopic(configs);
        Object name = configs.get(STAGE_CONFIG);
        if (name != null && !name.toString().isBlank()) {
            stage = name.toString();
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        String source = record.topic() + "-" + record.partition() + "@" + record.offset();
        log.warn("undeserializable record at {}, dead-lettered to {}: {}", source, topic, exception.toString());
        return Response.resume(List.of(DeadLetter.of(stage, source, DeadLetterReason.DESERIALIZATION_ERROR,
                DeadLetter.detailOf(exception), record.value()).toRecord(topic, record.key())));
    }

    /** The dead-letter topic of a streams config: its DLQ topic when set, else the pipeline's. */
    public static String deadLetterTopic(Map<String, ?> configs) {
        Object name = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        return name == null || name.toString().isBlank() ? Topics.DEAD_LETTERS : name.toString();
    }
}
