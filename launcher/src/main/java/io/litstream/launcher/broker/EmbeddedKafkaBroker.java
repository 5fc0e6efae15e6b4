package io.litstream.launcher.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final Process process;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(Path dataDir, Process process, String bootstrapServers) {
        this.dataDir = dataDir;
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker with its data in {@code dataDir} and waits until it answers. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            BrokerConfigFile config = BrokerConfigFile.loadOrCreate(dataDir);
            Process process = launch(dataDir, config);
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir, process, config.bootstrapServers());
            broker.awaitReady();
            log.info("embedded Kafka broker ready at {} (data in {})", broker.bootstrapServers, dataDir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Kafka broker in " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** CPU time the broker's process has used so far, where the platform reports it. */
    public java.util.Optional<java.time.Duration> cpuTime() {
        return process.toHandle().info().totalCpuDuration();
    }

    /**
     * Stops the broker the way a real one stops: controlled shutdown, then a forced kill after a
     * bound. The owner calls it after closing the stages that use the broker; if the owner dies
     * without calling it, the child notices its stdin close and stops itself.
     */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            // Closing stdin is the child's signal to exit through Kafka's shutdown hook.
            process.getOutputStream().close();
        } catch (IOException ignored) {
            process.destroy();
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("embedded broker did not stop within {}s; killing it", STOP_TIMEOUT.toSeconds());
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        log.info("embedded Kafka broker stopped");
    }

    private static Process launch(Path dataDir, BrokerConfigFile config) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xms128m", "-Xmx768m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + config.log4jConfig().toUri(),
                "-cp", System.getProperty("java.class.path"),
                BrokerProcessMain.class.getName(),
                config.serverProperties().toString(),
                config.clusterId()));
        Path logFile = dataDir.resolve("broker.log");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the embedded Kafka broker exited with code "
                            + process.exitValue() + "; see " + dataDir.resolve("broker.log"));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // Still starting: try again until the deadline.
                }
                sleep(Duration.ofMillis(200));
            }
        }
        close();
        throw new IllegalStateException("the embedded Kafka broker did not become ready within "
                + START_TIMEOUT.toSeconds() + "s; see " + dataDir.resolve("broker.log"));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    /** The broker's server.properties and log4j2 config in its data folder, with the ports it keeps. */
    record BrokerConfigFile(Path serverProperties, Path log4jConfig, String clusterId, int brokerPort) {
        String bootstrapServers() {
            return "127.0.0.1:" + brokerPort;
        }

        static BrokerConfigFile loadOrCreate(Path dataDir) throws IOException {
            Path props = dataDir.resolve("server.properties");
            Path identity = dataDir.resolve("litstream-broker.properties");
            Properties saved = new Properties();
            if (Files.exists(identity)) {
                try (var in = Files.newInputStream(identity)) {
                    saved.load(in);
                }
            }
            String clusterId = saved.getProperty("cluster.id", Uuid.randomUuid().toString());
            int brokerPort = reusablePort(saved.getProperty("broker.port"));
            int controllerPort = reusablePort(saved.getProperty("controller.port"));
            while (controllerPort == brokerPort) {
                controllerPort = freePort();
            }
            saved.setProperty("cluster.id", clusterId);
            saved.setProperty("broker.port", Integer.toString(brokerPort));
            saved.setProperty("controller.port", Integer.toString(controllerPort));
            try (OutputStream out = Files.newOutputStream(identity)) {
                saved.store(out, "embedded broker identity: reused on restart");
            }
            Files.writeString(props, serverProperties(dataDir.resolve("data"), brokerPort, controllerPort));
            Path log4j = dataDir.resolve("log4j2.properties");
            Files.writeString(log4j, """
                    status = warn
                    appender.console.type = Console
                    appender.console.name = STDOUT
                    appender.console.layout.type = PatternLayout
                    appender.console.layout.pattern = [%d] %p %m (%c)%n
                    rootLogger.level = info
                    rootLogger.appenderRef.stdout.ref = STDOUT
                    logger.kafka.name = kafka
                    logger.kafka.level = info
                    logger.state.name = state.change.logger
                    logger.state.level = warn
                    """);
            return new BrokerConfigFile(props, log4j, clusterId, brokerPort);
        }

        private static String serverProperties(Path logDir, int brokerPort, int controllerPort) {
            Map<String, String> p = new java.util.LinkedHashMap<>();
            p.put("process.roles", "broker,controller");
            p.put("node.id", "1");
            p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
            p.put("controller.listener.names", "CONTROLLER");
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
            p.put("log.dirs", logDir.toAbsolutePath().toString());
            // One node: every internal topic must be satisfiable by a single replica, or
            // transactions (exactly_once_v2) and consumer groups hang waiting for replicas.
            p.put("offsets.topic.replication.factor", "1");
            p.put("offsets.topic.num.partitions", "4");
            p.put("transaction.state.log.replication.factor", "1");
            p.put("transaction.state.log.min.isr", "1");
            p.put("transaction.state.log.num.partitions", "4");
            p.put("share.coordinator.state.topic.replication.factor", "1");
            p.put("share.coordinator.state.topic.min.isr", "1");
            p.put("min.insync.replicas", "1");
            p.put("default.replication.factor", "1");
            p.put("num.partitions", "1");
            p.put("group.initial.rebalance.delay.ms", "0");
            // Topics are created and verified by the pipeline, never by accident.
            p.put("auto.create.topics.enable", "false");
            p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
            StringBuilder sb = new StringBuilder("# written by litstream's embedded broker\n");
            p.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            return sb.toString();
        }

        private static int reusablePort(String saved) {
            if (saved != null) {
                int port = Integer.parseInt(saved);
                if (isFree(port)) {
                    return port;
                }
            }
            return freePort();
        }

        private static boolean isFree(int port) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static int freePort() {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free loopback port", e);
            }
        }
    }
}
