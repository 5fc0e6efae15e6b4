package io.litstream.launcher.pipeline;

import io.litstream.broker.EmbeddedKafkaBroker;
import io.litstream.launcher.config.Settings;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster the stages talk to: the one named by {@code bootstrap.servers}, or else a
 * real broker started here, with its data in the work folder. Closing stops only what it started.
 */
public final class Cluster implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Cluster.class);

    private final String bootstrapServers;
    private final EmbeddedKafkaBroker embedded;

    private Cluster(String bootstrapServers, EmbeddedKafkaBroker embedded) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
    }

    public static Cluster connect(Settings settings) {
        Optional<String> external = settings.bootstrapServers();
        if (external.isPresent()) {
            log.info("using the Kafka cluster at {}", external.get());
            return new Cluster(external.get(), null);
        }
        refuseSecurityWithoutAnAddress(settings);
        log.info("no bootstrap servers given: starting an embedded Kafka broker (data in {})",
                settings.workDir().resolve("kafka"));
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(settings.workDir().resolve("kafka"));
        return new Cluster(broker.bootstrapServers(), broker);
    }

    /**
     * Security settings mean a secured cluster was meant: starting the embedded broker (plaintext on
     * loopback) instead would only end in handshake timeouts far from the cause.
     */
    private static void refuseSecurityWithoutAnAddress(Settings settings) {
        String key = Settings.KAFKA_PREFIX + "security.protocol";
        Optional<String> protocol = settings.get(key).filter(p -> !"PLAINTEXT".equalsIgnoreCase(p.trim()));
        if (protocol.isPresent()) {
            throw new IllegalArgumentException(key + "=" + protocol.get() + " is set but no cluster address is:"
                    + " give --bootstrap-servers (or KAFKA_BOOTSTRAP_SERVERS); the embedded broker speaks only"
                    + " PLAINTEXT on loopback");
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** CPU time of the embedded broker's process so far; empty for an external cluster. */
    public Optional<java.time.Duration> brokerCpuTime() {
        return embedded == null ? Optional.empty() : embedded.cpuTime();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
