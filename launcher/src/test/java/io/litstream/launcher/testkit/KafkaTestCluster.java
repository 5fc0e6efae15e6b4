package io.litstream.launcher.testkit;

import java.util.Map;

/**
 * A real Kafka cluster for integration tests: where to connect and what it runs on.
 *
 * @param bootstrapServers where clients connect
 * @param kind             "embedded" (KRaft broker from the Maven Central jars) or "testcontainers"
 */
public record KafkaTestCluster(String bootstrapServers, String kind) {
    public Map<String, Object> clientProperties() {
        return Map.of("bootstrap.servers", bootstrapServers);
    }
}
