package io.litstream.launcher.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.broker.StartCancelledException;
import io.litstream.broker.WorkDirLock;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.testkit.TestSettings;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM a few seconds after start used to wait for the whole start-up (10-23 s); now a stop
 * requested at any step gives up what is starting and closes what started. The bounds are
 * generous for a loaded two-core machine: what they catch is waiting for start-up to finish.
 */
class StopDuringStartUpIT {
    private static final Duration PROMPT = Duration.ofSeconds(8);

    @TempDir
    Path work;

    @Test
    void aStopWhileTheEmbeddedBrokerStartsGivesUpPromptlyAndTheNextStartFindsTheWorkDirFree() {
        Settings settings = TestSettings.pipeline(work);
        AtomicLong requestedAt = new AtomicLong();
        // Requested 300 ms in: the broker's JVM has not even finished launching by then.
        long start = System.nanoTime();
        BooleanSupplier stop = () -> {
            boolean now = System.nanoTime() - start > Duration.ofMillis(300).toNanos();
            if (now) {
                requestedAt.compareAndSet(0, System.nanoTime());
            }
            return now;
        };
        assertThrows(StartCancelledException.class, () -> Cluster.connect(settings, "run", false, stop));
        assertPrompt(requestedAt.get());
        WorkDirLock.tryAcquire(work, "run").orElseThrow().close();
        // Nothing half-written: the broker starts again on the same data and answers.
        try (Cluster again = Cluster.connect(settings)) {
            assertTrue(again.embedded());
        }
    }

    @Test
    void aStopWhileTheStagesStartClosesTheStartedOnesAndReleasesTheirPorts() throws Exception {
        int httpPort = freePort();
        int opsPort = freePort();
        Settings settings = TestSettings.pipeline(work, Map.of(Settings.HTTP_PORT, Integer.toString(httpPort),
                Settings.OPS_PORT, Integer.toString(opsPort)));
        try (Cluster cluster = Cluster.connect(settings)) {
            // Checked after the topics, then before each stage in flow order: the third check comes
            // once aggregate (and its summaries API) has started and extract has not.
            AtomicInteger checks = new AtomicInteger();
            AtomicLong requestedAt = new AtomicLong();
            BooleanSupplier stop = () -> {
                boolean now = checks.incrementAndGet() >= 3;
                if (now) {
                    requestedAt.compareAndSet(0, System.nanoTime());
                }
                return now;
            };
            assertThrows(StartCancelledException.class, () -> Pipeline.start(settings, cluster.bootstrapServers(),
                    EnumSet.allOf(StageName.class), stop));
            assertPrompt(requestedAt.get());
            assertTrue(checks.get() >= 3);
            // Closed: the same ports are free for the next start, which runs.
            try (Pipeline next = Pipeline.start(settings, cluster.bootstrapServers(), EnumSet.allOf(StageName.class))) {
                assertTrue(next.httpPort().orElseThrow() == httpPort && next.opsPort() == opsPort);
            }
        }
        assertFalse(WorkDirLock.tryAcquire(work, "run").isEmpty(), "the lock is released with the cluster");
    }

    private static void assertPrompt(long requestedAt) {
        assertTrue(requestedAt != 0, "the stop was checked");
        Duration took = Duration.ofNanos(System.nanoTime() - requestedAt);
        assertTrue(took.compareTo(PROMPT) < 0, "gave up " + took.toMillis() + " ms after the stop request");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
