package io.litstream.topics.stage;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThreadRestartPolicyTest {

    @Test
    void replacesAFailedThreadUntilFailuresRepeatTooOftenThenStopsTheStage() {
        ThreadRestartPolicy policy = new ThreadRestartPolicy(3, Duration.ofMinutes(5), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertEquals(REPLACE_THREAD, policy.onFailure());
        assertEquals(REPLACE_THREAD, policy.onFailure());
        assertEquals(REPLACE_THREAD, policy.onFailure());
        assertEquals(SHUTDOWN_CLIENT, policy.onFailure());
    }

    @Test
    void failuresOutsideTheWindowAreForgiven() {
        MutableClock clock = new MutableClock();
        ThreadRestartPolicy policy = new ThreadRestartPolicy(1, Duration.ofMinutes(5), clock);
        assertEquals(REPLACE_THREAD, policy.onFailure());
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertEquals(REPLACE_THREAD, policy.onFailure());
        assertEquals(SHUTDOWN_CLIENT, policy.onFailure());
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.EPOCH;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
