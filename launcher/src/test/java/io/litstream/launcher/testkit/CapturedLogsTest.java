package io.litstream.launcher.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The secret checks of the secured-cluster test are only as good as this capture. */
class CapturedLogsTest {

    @Test
    void capturesLitstreamAndKafkaClientLinesThatTheConsoleHides() {
        CapturedLogs logs = CapturedLogs.start();
        try (logs) {
            LoggerFactory.getLogger("io.litstream.launcher.pipeline.Pipeline").info("pipeline line");
            LoggerFactory.getLogger("org.apache.kafka.clients.producer.ProducerConfig").info("config dump line");
            LoggerFactory.getLogger("org.apache.kafka.common.security.scram.internals.ScramSaslClient")
                    .debug("security debug line");
        }
        LoggerFactory.getLogger("io.litstream.launcher.pipeline.Pipeline").warn("after close");

        String text = logs.text();
        assertTrue(text.contains("pipeline line"), text);
        assertTrue(text.contains("config dump line"), text);
        assertTrue(text.contains("security debug line"), text);
        assertFalse(text.contains("after close"), text);
        assertFalse(LoggerFactory.getLogger("org.apache.kafka.clients.producer.ProducerConfig").isInfoEnabled(),
                "closing restores the shipped levels");
    }
}
