package io.litstream.extract.stream;

import io.litstream.topics.article.RawArticle;
import io.litstream.topics.Topics;
import io.litstream.topics.deadletter.DeadLetter;
import io.litstream.topics.deadletter.DeadLetterDeserializationHandler;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When extraction throws for a record, sends the record's original bytes to the dead letters
 * (reason {@code PROCESSING_ERROR}, stage {@code extract}, source = the article's source, else its
 * id) and resumes with the next record, so one bad article cannot stop the stage.
 *
 * <p>The dead letter is handed back to Kafka Streams (KIP-1034), which produces it with the task's
 * own producer: under {@code exactly_once_v2} it commits atomically with the input offset.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private String topic = Topics.DEAD_LETTERS;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetterDeserializationHandler.deadLetterTopic(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String source = sourceOf(record);
        log.warn("extraction failed for {} ({}@{}:{}), dead-lettered: {}", source, context.topic(),
                context.partition(), context.offset(), exception.toString());
        return Response.resume(List.of(DeadLetter.of(ExtractStreamsConfig.STAGE, source, DeadLetterReason.PROCESSING_ERROR,
                DeadLetter.detailOf(exception), context.sourceRawValue()).toRecord(topic, context.sourceRawKey())));
    }

    private static String sourceOf(Record<?, ?> record) {
        if (record.value() instanceof RawArticle a) {
            if (a.source() != null && !a.source().isBlank()) {
                return a.source();
            }
            if (a.id() != null) {
                return a.id();
            }
        }
        Object key = record.key();
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }
}
