package io.litstream.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {
    @Test
    void keepsCallerSettingsAndAddsDefaults() {
        Map<String, Object> c = ProducerSettings.of(Map.of("bootstrap.servers", "broker:9092", "security.protocol", "SSL"));
        assertEquals("broker:9092", c.get("bootstrap.servers"));
        assertEquals("SSL", c.get("security.protocol"));
        assertEquals("true", c.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("all", c.get(ProducerConfig.ACKS_CONFIG));
        assertEquals("lz4", c.get(ProducerConfig.COMPRESSION_TYPE_CONFIG));
        assertEquals("10", c.get(ProducerConfig.LINGER_MS_CONFIG));
        assertEquals(StringSerializer.class.getName(), c.get(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG));
        assertEquals(ByteArraySerializer.class.getName(), c.get(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG));
    }

    @Test
    void callerMayTuneCompressionAndLinger() {
        Map<String, Object> c = ProducerSettings.of(Map.of("compression.type", "zstd", "linger.ms", 50));
        assertEquals("zstd", c.get("compression.type"));
        assertEquals(50, c.get("linger.ms"));
    }

    @Test
    void durabilitySettingsCannotBeWeakened() {
        Map<String, Object> c = ProducerSettings.of(Map.of("acks", "1", "enable.idempotence", "false"));
        assertEquals("all", c.get("acks"));
        assertEquals("true", c.get("enable.idempotence"));
    }

    @Test
    void maxRequestSizeIsReadFromTheConfig() {
        assertEquals(ProducerSettings.DEFAULT_MAX_REQUEST_SIZE, ProducerSettings.maxRequestSize(Map.of()));
        assertEquals(2_000_000, ProducerSettings.maxRequestSize(Map.of("max.request.size", "2000000")));
        assertEquals(3_000_000, ProducerSettings.maxRequestSize(Map.of("max.request.size", 3_000_000)));
    }
}
