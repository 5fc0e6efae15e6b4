package io.litstream.launcher.pipeline;

import java.util.concurrent.CountDownLatch;

/**
 * Turns SIGTERM / Ctrl-C into an orderly stop: the JVM's shutdown hook releases the waiting main
 * thread, which closes the pipeline and broker in order, and the hook waits for that to finish
 * so the JVM does not exit mid-close.
 */
public final class ShutdownSignal {
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    public ShutdownSignal() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            requested.countDown();
            try {
                finished.await();
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
