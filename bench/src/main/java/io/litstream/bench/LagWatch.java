package io.litstream.bench;

/**
 * Samples the stages' consumer lag once a second on a daemon thread: the peak, the last sample,
 * and how long after intake stopped the lag first read zero.
 */
public final class LagWatch implements AutoCloseable {
    private static final long PERIOD_MS = 1000;

    private final ConsumerLag lag;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long last = -1;
    private volatile long intakeStoppedAt;
    private volatile long drainedAt;

    private LagWatch(ConsumerLag lag) {
        this.lag = lag;
        this.thread = new Thread(this::sample, "bench-lag-watch");
        thread.setDaemon(true);
    }

    public static LagWatch start(ConsumerLag lag) {
        LagWatch watch = new LagWatch(lag);
        watch.thread.start();
        return watch;
    }

    /** The last article has been published; idempotent. */
    public void intakeStopped() {
        if (intakeStoppedAt == 0) {
            intakeStoppedAt = System.nanoTime();
        }
    }

    private void sample() {
        while (running) {
            long stoppedBefore = intakeStoppedAt;
            try {
                long now = lag.byGroup().values().stream().mapToLong(Long::longValue).sum();
                peak = Math.max(peak, now);
                last = now;
                if (now == 0 && stoppedBefore != 0 && drainedAt == 0) {
                    drainedAt = System.nanoTime();
                }
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // A sample the broker could not answer is skipped; the next one counts.
            }
        }
    }

    /** Whether the lag has read zero since intake stopped. */
    public boolean drained() {
        return drainedAt != 0;
    }

    public long peak() {
        return peak;
    }

    public long last() {
        return last;
    }

    /** Seconds from intake stop to the first zero reading; NaN when not drained. */
    public double drainSeconds() {
        return drained() ? (drainedAt - intakeStoppedAt) / 1e9 : Double.NaN;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
