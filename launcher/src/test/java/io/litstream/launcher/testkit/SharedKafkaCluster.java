package io.litstream.launcher.testkit;

import io.litstream.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka cluster per test JVM, started on first use and stopped when the run ends. Tests
 * ask for it as a {@link KafkaTestCluster} parameter. Tests isolate themselves with
 * {@link PipelineReset}, not with brokers: a broker start costs seconds, a reset milliseconds.
 *
 * <p>Which cluster: {@code -Dlitstream.test.kafka=embedded|testcontainers|auto} (default auto).
 * Auto uses Testcontainers' Kafka module when a Docker engine answers, else the embedded KRaft
 * broker, which needs nothing but the JDK: CI machines have no Docker engine.
 */
public final class SharedKafkaCluster implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedKafkaCluster.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.3.1";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaTestCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("cluster", key -> start(), Running.class)
                .cluster();
    }

    private static Running start() {
        String mode = System.getProperty("litstream.test.kafka", "auto").toLowerCase(Locale.ROOT);
        boolean docker = switch (mode) {
            case "testcontainers" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        return docker ? startContainer() : startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Running startContainer() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        return new Running(new KafkaTestCluster(kafka.getBootstrapServers(), "testcontainers"), kafka::stop);
    }

    private static Running startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("litstream-test-broker");
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir);
            return new Running(new KafkaTestCluster(broker.bootstrapServers(), "embedded"), () -> {
                broker.close();
                deleteQuietly(dir);
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the test broker's folder", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind is harmless.
        }
    }

    /** Stops the cluster when JUnit closes the root store at the end of the run. */
    record Running(KafkaTestCluster cluster, Runnable stop) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stop.run();
        }
    }
}
