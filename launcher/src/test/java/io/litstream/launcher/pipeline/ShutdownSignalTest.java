package io.litstream.launcher.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stop's bound is real: a JVM whose stop never finishes is halted once the bound has passed. */
class ShutdownSignalTest {
    /** A process whose stop hangs: it waits for the signal, then never reports the stop done. */
    public static final class StuckStop {
        public static void main(String[] args) throws Exception {
            ShutdownSignal signal = new ShutdownSignal(Duration.ofSeconds(2));
            System.out.println("ready");
            System.out.flush();
            signal.await();
            Thread.sleep(Long.MAX_VALUE); // a stage that never closes
        }
    }

    @Test
    void aStopThatOverrunsItsBoundIsHaltedWithTheTimedOutExitCode(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StuckStop.class.getName())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.readString(out).contains("ready") && System.nanoTime() < deadline) {
                assertTrue(process.isAlive(), "the child died: " + Files.readString(out));
                Thread.sleep(50);
            }
            long signalled = System.nanoTime();
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "halted after its 2 s bound");
            long tookMillis = (System.nanoTime() - signalled) / 1_000_000;
            assertEquals(ShutdownSignal.EXIT_STOP_TIMED_OUT, process.exitValue(), Files.readString(out));
            assertTrue(tookMillis >= 1_900, "not before the bound: " + tookMillis + " ms");
            assertTrue(Files.readString(out).contains("did not finish within 2 s"), Files.readString(out));
        } finally {
            process.destroyForcibly();
        }
    }
}
