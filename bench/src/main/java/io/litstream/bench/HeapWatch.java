package io.litstream.bench;

import java.lang.management.ManagementFactory;

/** Samples the heap in use every 50 ms on a daemon thread and keeps the peak. */
public final class HeapWatch implements AutoCloseable {
    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread;

    private HeapWatch() {
        thread = new Thread(this::sample, "bench-heap-watch");
        thread.setDaemon(true);
    }

    public static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        watch.thread.start();
        return watch;
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long peakBytes() {
        return peak;
    }

    @Override
    public void close() {
        running = false;
    }
}
