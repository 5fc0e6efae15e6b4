package io.litstream.launcher.testkit;

import io.litstream.broker.EmbeddedKafkaCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A three-node KRaft cluster of its own for one test class (replication 3, min.insync.replicas 2),
 * for tests that stop, kill and restart brokers: they must not share the single broker of
 * {@link SharedKafkaCluster}. Tests ask for it as an {@link EmbeddedKafkaCluster} parameter; it is
 * started on first use and stopped, its data deleted, when the class is done. Needs only the JDK.
 */
public final class ReplicatedKafkaCluster implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ReplicatedKafkaCluster.class);
    private static final int NODES = 3;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedKafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                ? context.getParent().orElse(context) : context;
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("cluster", key -> start(), Running.class)
                .cluster();
    }

    private static Running start() {
        try {
            Path dir = Files.createTempDirectory("litstream-test-cluster");
            return new Running(EmbeddedKafkaCluster.start(dir, NODES), dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the test cluster's folder", e);
        }
    }

    /** Stops the cluster when JUnit closes the class's store. */
    record Running(EmbeddedKafkaCluster cluster, Path dir) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            cluster.close();
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temp folder left behind is harmless.
            }
        }
    }
}
