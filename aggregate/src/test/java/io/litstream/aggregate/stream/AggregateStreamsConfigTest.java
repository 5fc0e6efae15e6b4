package io.litstream.aggregate.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.litstream.topics.deadletter.DeadLetterDeserializationHandler;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class AggregateStreamsConfigTest {

    @Test
    void overlaysTheApplicationsSettingsOnTheCallersBase() {
        Properties base = new Properties();
        base.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
        base.put("security.protocol", "SSL");
        base.put(StreamsConfig.APPLICATION_ID_CONFIG, "something-else");

        Properties props = new AggregateStreamsConfig(3, Path.of("/var/lib/litstream"), "10.0.0.5:7070").toProperties(base);

        assertEquals("broker:9092", props.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("SSL", props.get("security.protocol"));
        assertEquals("litstream-aggregate", props.get(StreamsConfig.APPLICATION_ID_CONFIG));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals(3, props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
        assertEquals(Path.of("/var/lib/litstream").toString(), props.get(StreamsConfig.STATE_DIR_CONFIG));
        assertEquals("10.0.0.5:7070", props.get(StreamsConfig.APPLICATION_SERVER_CONFIG));
        assertEquals(DeadLetterDeserializationHandler.class, props.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals("aggregate", props.get(DeadLetterDeserializationHandler.STAGE_CONFIG));
        // The result is a valid Kafka Streams configuration.
        new StreamsConfig(props);
    }

    @Test
    void noApplicationServerWhenTheQueryApiIsNotAdvertised() {
        Properties props = AggregateStreamsConfig.defaults(Path.of("state")).toProperties(new Properties());

        assertFalse(props.containsKey(StreamsConfig.APPLICATION_SERVER_CONFIG));
        assertEquals(1, props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
    }

    @Test
    void compressesWhatItProducesWithLz4UnlessTheCallerChoseACodec() {
        String producerCompression = StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);
        Properties chosen = new Properties();
        chosen.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");

        Properties byDefault = AggregateStreamsConfig.defaults(Path.of("state")).toProperties(new Properties());
        Properties withChoice = AggregateStreamsConfig.defaults(Path.of("state")).toProperties(chosen);

        assertEquals("lz4", byDefault.get(producerCompression));
        assertFalse(withChoice.containsKey(producerCompression));
        assertEquals("zstd", withChoice.get(ProducerConfig.COMPRESSION_TYPE_CONFIG));
    }

    @Test
    void commitsEveryHundredAndFiftyMillisecondsUnlessTheCallerChoseAnInterval() {
        Properties base = new Properties();
        base.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 3000);

        assertEquals(150, AggregateStreamsConfig.defaults(Path.of("state")).toProperties(new Properties())
                .get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals(3000, AggregateStreamsConfig.defaults(Path.of("state")).toProperties(base).get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }

    @Test
    void rejectsFewerThanOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new AggregateStreamsConfig(0, Path.of("state"), null));
    }
}
