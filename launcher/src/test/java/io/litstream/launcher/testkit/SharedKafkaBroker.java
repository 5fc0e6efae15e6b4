package io.litstream.launcher.testkit;

import io.litstream.launcher.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real KRaft broker per test JVM, started on first use and stopped when the JVM's test run
 * ends. Tests ask for it as a parameter: {@code @ExtendWith(SharedKafkaBroker.class)} and a
 * {@code EmbeddedKafkaBroker} argument. Tests isolate themselves by application ids and topics,
 * not by brokers: a broker start costs seconds, a topic milliseconds.
 */
public final class SharedKafkaBroker implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedKafkaBroker.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedKafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("broker", key -> new Resource(start()), Resource.class)
                .broker();
    }

    private static EmbeddedKafkaBroker start() {
        try {
            return EmbeddedKafkaBroker.start(Files.createTempDirectory("litstream-test-broker"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the broker when JUnit closes the root store at the end of the run. */
    record Resource(EmbeddedKafkaBroker broker) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            broker.close();
            deleteQuietly(broker.dataDir());
        }

        private static void deleteQuietly(Path dir) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temp folder left behind is harmless.
            }
        }
    }
}
