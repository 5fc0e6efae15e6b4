package io.litstream.topics.stage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * What to do when a stream thread dies of an error no record-level handler caught. A passing
 * fault (a broker restarting, a fenced producer) deserves a new thread; the same fault again and
 * again means a deterministic failure that a new thread would only replay in a loop, so after
 * {@code maxRestarts} within {@code window} the stage stops and reports ERROR instead.
 */
final class ThreadRestartPolicy {
    private final int maxRestarts;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    ThreadRestartPolicy(int maxRestarts, Duration window, Clock clock) {
        this.maxRestarts = maxRestarts;
        this.window = window;
        this.clock = clock;
    }

    static ThreadRestartPolicy standard() {
        return new ThreadRestartPolicy(3, Duration.ofMinutes(5), Clock.systemUTC());
    }

    synchronized StreamThreadExceptionResponse onFailure() {
        Instant now = clock.instant();
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= maxRestarts) {
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        recent.addLast(now);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
