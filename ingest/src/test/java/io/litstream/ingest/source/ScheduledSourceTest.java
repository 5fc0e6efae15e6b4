package io.litstream.ingest.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScheduledSourceTest {
    @Test
    void aFailingPollIsLoggedAndCountedAndTheNextPollStillHappens() throws Exception {
        SourceCounters counters = new SourceCounters();
        AtomicInteger polls = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        ScheduledSource source = new ScheduledSource("flaky", () -> {
            polls.incrementAndGet();
            third.countDown();
            throw new IllegalStateException("broken feed parser");
        }, Duration.ofMillis(20), counters);

        source.start();
        try {
            assertTrue(third.await(5, TimeUnit.SECONDS), "polls so far: " + polls.get());
        } finally {
            source.close();
        }
        assertTrue(counters.get("poll_errors") >= 3);
    }

    @Test
    void oneStalledSourceDoesNotHoldUpAnother() throws Exception {
        SourceCounters counters = new SourceCounters();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherPolled = new CountDownLatch(2);
        ScheduledSource stalled = new ScheduledSource("stalled", () -> release.await(), Duration.ofMillis(20), counters);
        ScheduledSource other = new ScheduledSource("other", otherPolled::countDown, Duration.ofMillis(20), counters);

        stalled.start();
        other.start();
        try {
            assertTrue(otherPolled.await(5, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            stalled.close();
            other.close();
        }
    }

    @Test
    void closeInterruptsAPollThatWillNotEnd() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        ScheduledSource source = new ScheduledSource("endless", () -> {
            started.countDown();
            Thread.sleep(60_000);
        }, Duration.ofSeconds(1), new SourceCounters());
        source.start();
        assertTrue(started.await(5, TimeUnit.SECONDS));

        long start = System.nanoTime();
        source.close();

        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 8);
    }
}
