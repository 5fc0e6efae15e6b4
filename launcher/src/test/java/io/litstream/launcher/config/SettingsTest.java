package io.litstream.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void laterLayersWinFileThenEnvironmentThenFlags(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("litstream.properties");
        Files.writeString(file, "topics.partitions=8\nextract.threads=2\nhttp.port=9000\n");
        Map<String, String> env = Map.of("LITSTREAM_EXTRACT_THREADS", "3", "LITSTREAM_HTTP_PORT", "9100");
        Map<String, String> flags = new HashMap<>();
        flags.put("http.port", "9200");

        Settings s = Settings.load(file, env, flags);

        assertEquals(8, s.getInt(Settings.TOPICS_PARTITIONS), "file beats default");
        assertEquals(3, s.getInt(Settings.EXTRACT_THREADS), "environment beats file");
        assertEquals(9200, s.getInt(Settings.HTTP_PORT), "flag beats environment");
        assertEquals("1", s.require(Settings.AGGREGATE_THREADS), "default when nobody says");
    }

    @Test
    void kafkaBootstrapServersFromTheStandardEnvironmentVariable() {
        Settings s = Settings.load(null, Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092"), Map.of());
        assertEquals("broker:9092", s.bootstrapServers().orElseThrow());
        assertTrue(Settings.load(null, Map.of(), Map.of()).bootstrapServers().isEmpty(), "no address means embedded");
    }

    @Test
    void kafkaPrefixedKeysReachEveryClientWithoutThePrefix() {
        Settings s = Settings.load(null, Map.of("LITSTREAM_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
                Map.of("kafka.sasl.mechanism", "SCRAM-SHA-512"));
        Map<String, Object> props = s.kafkaClientProperties("b:9093");
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
        assertEquals("b:9093", props.get("bootstrap.servers"));
    }

    @Test
    void describeMasksSecrets() {
        Settings s = Settings.load(null, Map.of(), Map.of(
                "kafka.sasl.jaas.config", "ScramLoginModule required username=\"u\" password=\"hunter2\";",
                "kafka.ssl.keystore.password", "hunter2"));
        String text = s.describe();
        assertFalse(text.contains("hunter2"), text);
        assertTrue(text.contains("kafka.ssl.keystore.password=****"), text);
    }

    @Test
    void securitySettingsFromTheEnvironmentReachTheClientsAndStayMasked() {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"hunter2\";";
        Map<String, String> env = Map.of(
                "LITSTREAM_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "LITSTREAM_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "LITSTREAM_KAFKA_SASL_JAAS_CONFIG", jaas,
                "LITSTREAM_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/litstream/truststore.p12",
                "LITSTREAM_KAFKA_SSL_KEYSTORE_PASSWORD", "hunter3",
                "LITSTREAM_KAFKA_SSL_KEYSTORE_KEY", "-----BEGIN PRIVATE KEY----- hunter4");

        Settings s = Settings.load(null, env, Map.of());

        Map<String, Object> props = s.kafkaClientProperties("b:9093");
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
        assertEquals(jaas, props.get("sasl.jaas.config"));
        assertEquals("/etc/litstream/truststore.p12", props.get("ssl.truststore.location"));
        assertEquals("hunter3", props.get("ssl.keystore.password"));
        String text = s.describe();
        for (String secret : new String[] {"hunter2", "hunter3", "hunter4"}) {
            assertFalse(text.contains(secret), text);
        }
        assertTrue(text.contains("kafka.ssl.truststore.location=/etc/litstream/truststore.p12"), "not a secret: " + text);
    }

    @Test
    void aBadNumberNamesTheSetting() {
        Settings s = Settings.load(null, Map.of(), Map.of("topics.partitions", "many"));
        var e = assertThrows(IllegalArgumentException.class, () -> s.getInt(Settings.TOPICS_PARTITIONS));
        assertTrue(e.getMessage().contains("topics.partitions"), e.getMessage());
    }

    @Test
    void theShutdownBoundDefaultsToSixtySecondsAndReadsShortDurations() {
        assertEquals(java.time.Duration.ofSeconds(60), Settings.load(null, Map.of(), Map.of()).getDuration(Settings.SHUTDOWN_TIMEOUT));
        assertEquals(java.time.Duration.ofSeconds(90),
                Settings.load(null, Map.of(), Map.of(Settings.SHUTDOWN_TIMEOUT, "90s")).getDuration(Settings.SHUTDOWN_TIMEOUT));
        assertThrows(IllegalArgumentException.class,
                () -> Settings.load(null, Map.of(), Map.of(Settings.SHUTDOWN_TIMEOUT, "soon")).getDuration(Settings.SHUTDOWN_TIMEOUT));
    }

    @Test
    void theTokenIsMaskedWhenSettingsAreLogged() {
        Settings settings = Settings.load(null, Map.of(), Map.of(Settings.OPS_TOKEN, "s3cret"));
        assertFalse(settings.describe().contains("s3cret"), settings.describe());
    }
}
