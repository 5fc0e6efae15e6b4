package io.litstream.extract.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litstream.topics.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ExtractStreamsConfigTest {
    private static final String PRODUCER_COMPRESSION = StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);
    private static final Path STATE = Path.of("state", "extract");

    @Test
    void overlaysTheStagesGuaranteesOnTheCallersBase() {
        Properties base = new Properties();
        base.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
        base.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);

        Properties props = new ExtractStreamsConfig(2, STATE).toProperties(base);

        assertEquals("broker:9092", props.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals(2, props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
        assertEquals(STATE.toString(), props.get(StreamsConfig.STATE_DIR_CONFIG), "the stage's own state folder");
        assertEquals(Topics.DEAD_LETTERS, props.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG));
        assertEquals(StreamsConfig.AT_LEAST_ONCE, base.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG), "base not modified");
        new StreamsConfig(props);
    }

    @Test
    void compressesWhatItProducesWithLz4ByDefault() {
        Properties props = ExtractStreamsConfig.defaults(STATE).toProperties(new Properties());

        assertEquals("lz4", props.get(PRODUCER_COMPRESSION));
    }

    @Test
    void keepsACodecTheCallerChose() {
        Properties plain = new Properties();
        plain.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        Properties prefixed = new Properties();
        prefixed.put(PRODUCER_COMPRESSION, "none");

        Properties fromPlain = ExtractStreamsConfig.defaults(STATE).toProperties(plain);
        Properties fromPrefixed = ExtractStreamsConfig.defaults(STATE).toProperties(prefixed);

        assertFalse(fromPlain.containsKey(PRODUCER_COMPRESSION));
        assertEquals("zstd", fromPlain.get(ProducerConfig.COMPRESSION_TYPE_CONFIG));
        assertEquals("none", fromPrefixed.get(PRODUCER_COMPRESSION));
    }

    @Test
    void needsAStateFolderOfItsOwn() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractStreamsConfig(1, null));
    }

    @Test
    void commitsEveryHundredAndFiftyMillisecondsUnlessTheCallerChoseAnInterval() {
        Properties base = new Properties();
        base.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 3000);

        assertEquals(150, ExtractStreamsConfig.defaults(STATE).toProperties(new Properties())
                .get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals(3000, ExtractStreamsConfig.defaults(STATE).toProperties(base).get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }

    @Test
    void rejectsFewerThanOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractStreamsConfig(0, STATE));
    }
}
