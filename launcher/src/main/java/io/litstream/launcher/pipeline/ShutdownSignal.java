package io.litstream.launcher.pipeline;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGTERM / Ctrl-C into an orderly stop: the JVM's shutdown hook releases the waiting main
 * thread, which closes the pipeline and broker in order, and the hook waits for that to finish
 * so the JVM does not exit mid-close. The JVM then exits with 143 (128 + SIGTERM), as it does for
 * every stop by signal.
 *
 * <p>The wait is bounded: a stop still going on after {@code bound} (a broker that no longer
 * answers, a stage stuck in a call) is abandoned and the process halts with
 * {@link #EXIT_STOP_TIMED_OUT}. Nothing is lost by that: uncommitted work is redone on the next
 * start, as after a crash.
 */
public final class ShutdownSignal {
    /** The exit code of a stop that did not finish within its bound. */
    public static final int EXIT_STOP_TIMED_OUT = 1;
    private static final Duration DEFAULT_BOUND = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(ShutdownSignal.class);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    /** A stop bounded by 60 seconds. */
    public ShutdownSignal() {
        this(DEFAULT_BOUND);
    }

    /** A stop bounded by {@code bound}, after which the process halts. */
    public ShutdownSignal(Duration bound) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            requested.countDown();
            try {
                if (!finished.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.error("the stop did not finish within {} s; halting (exit {}): unfinished work is redone on the next start",
                            bound.toSeconds(), EXIT_STOP_TIMED_OUT);
                    Runtime.getRuntime().halt(EXIT_STOP_TIMED_OUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "litstream-shutdown"));
    }

    /** True once a stop was requested: long waits check it to give up early. */
    public boolean requested() {
        return requested.getCount() == 0;
    }

    /** Blocks until a stop is requested. */
    public void await() throws InterruptedException {
        requested.await();
    }

    /** Tells the shutdown hook that everything is closed. */
    public void done() {
        finished.countDown();
    }
}
