package io.litstream.topics.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class CompressionTest {

    @Test
    void streamsProducersGetLz4WhenTheCallerChoseNoCodec() {
        Properties props = new Properties();

        Compression.defaultForStreams(new Properties(), props);

        assertEquals("lz4", props.get("producer.compression.type"));
    }

    @Test
    void aCodecTheCallerChoseForEveryClientOrForProducersWins() {
        Properties everyClient = new Properties();
        everyClient.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        Properties producersOnly = new Properties();
        producersOnly.put(Compression.STREAMS_PRODUCER_KEY, "none");
        Properties fromEveryClient = new Properties();
        Properties fromProducersOnly = new Properties();

        Compression.defaultForStreams(everyClient, fromEveryClient);
        Compression.defaultForStreams(producersOnly, fromProducersOnly);

        assertFalse(fromEveryClient.containsKey(Compression.STREAMS_PRODUCER_KEY));
        assertFalse(fromProducersOnly.containsKey(Compression.STREAMS_PRODUCER_KEY));
    }
}
