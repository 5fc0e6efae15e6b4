package io.litstream.ingest.source;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one poll now and then again {@code interval} after each poll ends, on a thread of its own.
 * Whatever a poll throws is logged and counted and the next poll happens as planned: one broken
 * source never stops itself for good, nor any other source.
 */
public final class ScheduledSource implements Source {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledSource.class);
    /** How long a poll in progress may go on after close() before it is interrupted. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    /** One round of work of a source: read the feed, the list, the query, and hand over what is new. */
    @FunctionalInterface
    public interface Poll {
        void poll() throws InterruptedException;
    }

    private final String name;
    private final Poll poll;
    private final Duration interval;
    private final SourceCounters counters;
    private final ScheduledExecutorService executor;
    private volatile boolean started;

    public ScheduledSource(String name, Poll poll, Duration interval, SourceCounters counters) {
        this.name = Objects.requireNonNull(name, "name");
        this.poll = Objects.requireNonNull(poll, "poll");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.counters = Objects.requireNonNull(counters, "counters");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive: " + interval);
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "litstream-ingest-" + name.replaceAll("[^A-Za-z0-9._-]+", "_"));
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started: " + name);
        }
        started = true;
        LOG.info("starting {} (every {})", name, interval);
        executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            poll.poll();
            counters.increment("polls");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // close() is stopping us
        } catch (RuntimeException | StackOverflowError e) {
            counters.increment("poll_errors");
            LOG.error("{}: poll failed; trying again in {}", name, interval, e);
        }
    }

    /** Plans no further poll; a poll in progress goes on. Lets a service stop all its sources at once. */
    public void stop() {
        executor.shutdown();
    }

    /**
     * Stops polling. A poll in progress gets a short grace, then is interrupted: its fetches fail
     * as interrupted and what it had not yet handed over is not marked as seen, so the next start
     * takes it in.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} still busy after {}; interrupting", name, STOP_GRACE);
                executor.shutdownNow();
                executor.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        LOG.info("stopped {}", name);
    }
}
