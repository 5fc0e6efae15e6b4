package io.litstream.topics.deadletter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.junit.jupiter.api.Test;

class DeadLetterDeserializationHandlerTest {
    private static final ConsumerRecord<byte[], byte[]> UNREADABLE = new ConsumerRecord<>(Topics.EXTRACTIONS, 2, 41L,
            "a1".getBytes(UTF_8), "{not json".getBytes(UTF_8));

    @Test
    void anUnreadableRecordBecomesADeadLetterOfItsStageSourcedAtItsOffsetAndTheStreamResumes() {
        DeserializationExceptionHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(Map.of(DeadLetterDeserializationHandler.STAGE_CONFIG, "aggregate"));

        DeserializationExceptionHandler.Response response = handler.handleError(null, UNREADABLE,
                new IllegalArgumentException("Unexpected character"));

        assertEquals(DeserializationExceptionHandler.Result.RESUME, response.result());
        List<ProducerRecord<byte[], byte[]>> letters = response.deadLetterQueueRecords();
        assertEquals(1, letters.size());
        ProducerRecord<byte[], byte[]> letter = letters.get(0);
        assertEquals(Topics.DEAD_LETTERS, letter.topic());
        assertArrayEquals(UNREADABLE.key(), letter.key());
        assertArrayEquals(UNREADABLE.value(), letter.value());
        assertEquals("DESERIALIZATION_ERROR", DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.REASON));
        assertEquals("aggregate", DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.STAGE));
        assertEquals(Topics.EXTRACTIONS + "-2@41", DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.SOURCE));
        assertEquals("java.lang.IllegalArgumentException: Unexpected character",
                DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.DETAIL));
    }

    @Test
    void theStreamsConfigsDeadLetterTopicIsUsedWhenSet() {
        DeserializationExceptionHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(Map.of(DeadLetterDeserializationHandler.STAGE_CONFIG, "extract",
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "other.dlq"));

        ProducerRecord<byte[], byte[]> letter = handler.handleError(null, UNREADABLE, new RuntimeException("bad"))
                .deadLetterQueueRecords().get(0);

        assertEquals("other.dlq", letter.topic());
        assertEquals("extract", DeadLetterHeaders.read(letter.headers(), DeadLetterHeaders.STAGE));
    }
}
