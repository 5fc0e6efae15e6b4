package io.litstream.launcher.pipeline;

import io.litstream.broker.ClusterProbe;
import io.litstream.broker.EmbeddedKafkaBroker;
import io.litstream.broker.WorkDirLock;
import io.litstream.launcher.config.Settings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
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
    private final WorkDirLock lock;

    private Cluster(String bootstrapServers, EmbeddedKafkaBroker embedded, WorkDirLock lock) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
        this.lock = lock;
    }

    public static Cluster connect(Settings settings) {
        return connect(settings, "run", false);
    }

    /**
     * The cluster for {@code command}: the one named by {@code bootstrap.servers} (checked to
     * answer), or the embedded broker of the work dir, started here while this process holds the
     * work dir's lock.
     *
     * @param shareRunningBroker whether the command may use the broker of a live process on the
     *                           same work dir instead (commands that only read: reprocess --dry-run)
     * @throws WorkDirLock.WorkDirInUseException when a live process holds the work dir and the command cannot share it
     */
    public static Cluster connect(Settings settings, String command, boolean shareRunningBroker) {
        return connect(settings, command, shareRunningBroker, () -> false);
    }

    /**
     * As {@link #connect(Settings, String, boolean)}, but a stop requested while the embedded
     * broker is starting stops it, releases the work dir's lock and throws
     * {@link io.litstream.broker.StartCancelledException}.
     */
    public static Cluster connect(Settings settings, String command, boolean shareRunningBroker,
            BooleanSupplier stopRequested) {
        Optional<String> external = settings.bootstrapServers();
        if (external.isPresent()) {
            log.info("using the Kafka cluster at {}", external.get());
            requireReachable(settings, external.get());
            return new Cluster(external.get(), null, null);
        }
        refuseSecurityWithoutAnAddress(settings);
        Path workDir = settings.workDir();
        Optional<WorkDirLock> lock = WorkDirLock.tryAcquire(workDir, command);
        if (lock.isEmpty()) {
            String holder = WorkDirLock.holder(workDir);
            Optional<String> running = runningBroker(workDir);
            if (shareRunningBroker && running.isPresent()) {
                log.info("the work dir {} is in use by {}: using its broker at {}", workDir, holder, running.get());
                requireReachable(settings, running.get());
                return new Cluster(running.get(), null, null);
            }
            throw new WorkDirLock.WorkDirInUseException(workDir, holder, "stop it first, or give this command another --work-dir"
                    + running.map(a -> ", or use its broker with --bootstrap-servers " + a).orElse(""));
        }
        log.info("no bootstrap servers given: starting an embedded Kafka broker (data in {})", workDir.resolve("kafka"));
        try {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(workDir.resolve("kafka"), stopRequested);
            return new Cluster(broker.bootstrapServers(), broker, lock.get());
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    /** The address of the embedded broker a pipeline started in {@code workDir}, if it ever did. */
    public static Optional<String> runningBroker(Path workDir) {
        return EmbeddedKafkaBroker.lastAddress(workDir.resolve("kafka"));
    }

    /** Returns when the cluster at {@code bootstrapServers} answers within {@code bootstrap.timeout}. */
    public static void requireReachable(Settings settings, String bootstrapServers) {
        ClusterProbe.requireReachable(settings.kafkaClientProperties(bootstrapServers), bootstrapServers,
                settings.getDuration(Settings.BOOTSTRAP_TIMEOUT), Settings.BOOTSTRAP_TIMEOUT);
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
        if (lock != null) {
            lock.close(); // after the broker: nobody may start another on its data while it stops
        }
    }
}
