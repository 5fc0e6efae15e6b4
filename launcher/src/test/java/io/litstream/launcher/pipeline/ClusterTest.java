package io.litstream.launcher.pipeline;

import io.litstream.broker.ClusterProbe;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTest {

    @Test
    void securitySettingsWithoutAnAddressAreRefusedBeforeAnyBrokerStarts(@TempDir Path work) {
        Settings settings = Settings.load(null, Map.of("LITSTREAM_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
                Map.of(Settings.WORK_DIR, work.toString()));

        var e = assertThrows(IllegalArgumentException.class, () -> Cluster.connect(settings));

        assertTrue(e.getMessage().contains("--bootstrap-servers"), e.getMessage());
        assertFalse(Files.exists(work.resolve("kafka")), "no embedded broker was started");
    }

    @Test
    void anAddressWithSecuritySettingsIsAskedForItselfAndNeverReplacedByTheEmbeddedBroker(@TempDir Path work) {
        Settings settings = Settings.load(null, Map.of(), Map.of(Settings.WORK_DIR, work.toString(),
                Settings.BOOTSTRAP_SERVERS, "kafka-1.invalid:9093", "kafka.security.protocol", "SASL_SSL",
                Settings.BOOTSTRAP_TIMEOUT, "2s"));

        var e = assertThrows(ClusterProbe.ClusterUnreachableException.class, () -> Cluster.connect(settings));

        assertTrue(e.getMessage().contains("kafka-1.invalid:9093"), e.getMessage());
        assertFalse(Files.exists(work.resolve("kafka")), "no embedded broker was started");
    }
}
