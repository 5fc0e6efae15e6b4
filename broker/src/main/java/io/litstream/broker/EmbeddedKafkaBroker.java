package io.litstream.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller), run in a
 * child JVM from the {@code kafka_2.13} jars on this process's class path. No Docker, no install.
 *
 * <p>A child JVM rather than an in-process server: the broker's threads, logs and memory stay out
 * of the pipeline's, it shuts down the way a real broker does, and fault tests can kill it.
 *
 * <p>Its data lives in {@code dataDir}; a started broker keeps the ports it got in
 * {@code server.properties} there, so a restarted pipeline finds its topics and offsets again.
 * For a replicated cluster of several nodes see {@link EmbeddedKafkaCluster}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final String IDENTITY = "litstream-broker.properties";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String MAX_HEAP = "768m";

    private final Path dataDir;
    private final BrokerNode node;

    private EmbeddedKafkaBroker(Path dataDir, BrokerNode node) {
        this.dataDir = dataDir;
        this.node = node;
    }

    /** Starts a broker with its data in {@code dataDir} and waits until it answers. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        return start(dataDir, () -> false);
    }

    /**
     * As {@link #start(Path)}, but a stop requested while the broker is still starting stops it
     * again and throws {@link StartCancelledException}, instead of waiting for it to be ready.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, BooleanSupplier stopRequested) {
        try {
            Files.createDirectories(dataDir);
            BrokerNode node = loadOrCreate(dataDir);
            node.launch();
            node.awaitReady(1, stopRequested);
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir, node);
            log.info("embedded Kafka broker ready at {} (data in {})", broker.bootstrapServers(), dataDir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return node.bootstrapServer();
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isAlive() {
        return node.isAlive();
    }

    /** CPU time the broker's process has used so far, where the platform reports it. */
    public java.util.Optional<java.time.Duration> cpuTime() {
        return node.cpuTime();
    }

    /**
     * Stops the broker the way a real one stops: controlled shutdown, then a forced kill after a
     * bound. The owner calls it after closing the stages that use the broker; if the owner dies
     * without calling it, the child notices its stdin close and stops itself.
     */
    @Override
    public void close() {
        if (node.isAlive()) {
            node.stop();
            log.info("embedded Kafka broker stopped");
        }
    }

    /** The address of the embedded broker started on {@code dataDir}, if one ever was. */
    public static java.util.Optional<String> lastAddress(Path dataDir) {
        try {
            return java.util.Optional.ofNullable(IdentityFile.load(dataDir.resolve(IDENTITY)).getProperty("broker.port"))
                    .map(port -> "127.0.0.1:" + port);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The node described by the identity file in {@code dataDir}, with the ports and cluster id it keeps. */
    private static BrokerNode loadOrCreate(Path dataDir) throws IOException {
        Path identity = dataDir.resolve(IDENTITY);
        Properties saved = IdentityFile.load(identity);
        String clusterId = saved.getProperty("cluster.id", Uuid.randomUuid().toString());
        int brokerPort = LocalPorts.reusable(saved.getProperty("broker.port"));
        int controllerPort = LocalPorts.reusable(saved.getProperty("controller.port"));
        while (controllerPort == brokerPort) {
            controllerPort = LocalPorts.free();
        }
        saved.setProperty("cluster.id", clusterId);
        saved.setProperty("broker.port", Integer.toString(brokerPort));
        saved.setProperty("controller.port", Integer.toString(controllerPort));
        IdentityFile.store(identity, saved, "embedded broker identity: reused on restart");
        NodeConfig config = new NodeConfig(1, dataDir.resolve("data"), brokerPort, controllerPort,
                "1@127.0.0.1:" + controllerPort, 1, 1);
        return new BrokerNode(config, dataDir, clusterId, MAX_HEAP);
    }
}
