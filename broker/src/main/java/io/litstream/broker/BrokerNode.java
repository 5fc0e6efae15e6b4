package io.litstream.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One combined Kafka broker and controller in a child JVM (see {@link BrokerProcessMain}), which
 * can be started, stopped gracefully, killed and started again on the same ports and data, as
 * often as a fault test likes. Its output goes to {@code broker.log} in its folder.
 */
public final class BrokerNode {
    private static final Logger log = LoggerFactory.getLogger(BrokerNode.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final NodeConfig config;
    private final NodeConfig.ConfigFiles files;
    private final Path dir;
    private final String clusterId;
    private final String maxHeap;
    private Process process;

    BrokerNode(NodeConfig config, Path dir, String clusterId, String maxHeap) throws IOException {
        this.config = config;
        this.dir = dir;
        this.clusterId = clusterId;
        this.maxHeap = maxHeap;
        this.files = config.write(dir);
    }

    public int id() {
        return config.nodeId();
    }

    /** This node's client listener, {@code 127.0.0.1:port}. */
    public String bootstrapServer() {
        return config.bootstrapServer();
    }

    public Path dir() {
        return dir;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Launches the node's JVM (formatting its storage on first use) without waiting for it. */
    public synchronized void launch() {
        if (isAlive()) {
            throw new IllegalStateException("broker " + id() + " is already running");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: a local broker serves a few hundred requests a second, which C1's code handles
        // with ease, while C2 spent minutes at a third of a core compiling the broker on two cores,
        // taken from the stages beside it (measured with the benchmark: broker CPU for 1,500
        // articles 58.5 s with C2, 35.0 s without).
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xms128m", "-Xmx" + maxHeap, "-XX:+UseG1GC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + files.log4jConfig().toUri(),
                "-cp", System.getProperty("java.class.path"),
                BrokerProcessMain.class.getName(),
                files.serverProperties().toString(),
                clusterId));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka node " + id() + " in " + dir, e);
        }
    }

    /**
     * Waits until this node answers on its own listener and knows at least {@code brokers}
     * registered brokers, itself among them: a restarted node answers only once it has caught up
     * with the cluster's metadata and been unfenced.
     */
    public void awaitReady(int brokers) {
        awaitReady(brokers, () -> false);
    }

    /**
     * As {@link #awaitReady(int)}, but gives up within about a poll interval once {@code stopRequested}
     * turns true: the node is then stopped (controlled shutdown, so nothing is left half-written)
     * and {@link StartCancelledException} thrown.
     */
    public void awaitReady(int brokers, BooleanSupplier stopRequested) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServer());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            while (Instant.now().isBefore(deadline)) {
                cancelIfRequested(stopRequested);
                Process p = currentProcess();
                if (p == null || !p.isAlive()) {
                    throw new IllegalStateException("Kafka node " + id() + " exited"
                            + (p == null ? "" : " with code " + p.exitValue()) + "; see " + dir.resolve("broker.log"));
                }
                try {
                    var nodes = admin.describeCluster().nodes();
                    // Polled in short slices rather than one 3 s wait: a stop is noticed within one.
                    for (int slice = 0; slice < 15 && !nodes.isDone(); slice++) {
                        cancelIfRequested(stopRequested);
                        sleep(Duration.ofMillis(200));
                    }
                    var ids = nodes.getNow(List.of());
                    if (ids.size() >= brokers && ids.stream().map(Node::id).anyMatch(n -> n == id())) {
                        return;
                    }
                } catch (StartCancelledException e) {
                    throw e;
                } catch (Exception notYet) {
                    // Still starting: try again until the deadline.
                }
                sleep(Duration.ofMillis(200));
            }
        }
        kill();
        throw new IllegalStateException("Kafka node " + id() + " did not become ready within "
                + START_TIMEOUT.toSeconds() + "s; see " + dir.resolve("broker.log"));
    }

    private void cancelIfRequested(BooleanSupplier stopRequested) {
        if (stopRequested.getAsBoolean()) {
            log.info("stop requested while Kafka node {} was starting: stopping it", id());
            stop();
            throw new StartCancelledException("Kafka node " + id());
        }
    }

    /**
     * Stops the node the way a real one stops: controlled shutdown (leadership moves to the other
     * replicas), then a forced kill after a bound. Closing the child's stdin is its signal to exit
     * through Kafka's shutdown hook.
     */
    public void stop() {
        Process p = currentProcess();
        if (p == null || !p.isAlive()) {
            return;
        }
        try {
            p.getOutputStream().close();
        } catch (IOException ignored) {
            p.destroy();
        }
        try {
            if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Kafka node {} did not stop within {}s; killing it", id(), STOP_TIMEOUT.toSeconds());
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        log.info("Kafka node {} stopped", id());
    }

    /** Kills the node with SIGKILL: no controlled shutdown, no flush; waits until it is gone. */
    public void kill() {
        Process p = currentProcess();
        if (p == null) {
            return;
        }
        try {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Kafka node {} killed", id());
    }

    private synchronized Process currentProcess() {
        return process;
    }

    /** CPU time this node's current process has used so far, where the platform reports it. */
    public java.util.Optional<java.time.Duration> cpuTime() {
        Process p = currentProcess();
        return p == null ? java.util.Optional.empty() : p.toHandle().info().totalCpuDuration();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a Kafka node", e);
        }
    }
}
