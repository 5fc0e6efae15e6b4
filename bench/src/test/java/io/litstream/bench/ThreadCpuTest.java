package io.litstream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void threadsOfOneKindFallIntoOneGroupWhateverTheirNumberOrClientId() {
        assertEquals(ThreadCpu.kind("litstream-extract-0b7c51e2-8f0e-4a4e-b0a1-1d2c3e4f5a6b-StreamThread-1"),
                ThreadCpu.kind("litstream-extract-9a8b7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d-StreamThread-2"));
        assertEquals("kafka-producer-network-thread | producer-N", ThreadCpu.kind("kafka-producer-network-thread | producer-12"));
    }

    @Test
    void aBusyThreadShowsItsCpuTimeUnderItsGroup() throws Exception {
        Map<Long, Long> before = ThreadCpu.snapshot();
        Thread busy = new Thread(() -> {
            long end = System.nanoTime() + 200_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            try {
                Thread.sleep(300); // alive when measured: a finished thread's CPU time is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "spinner-7");
        busy.start();
        Thread.sleep(250);
        Map<String, Double> seconds = ThreadCpu.secondsSince(before, ThreadCpu::kind);
        busy.join();

        assertTrue(seconds.getOrDefault("spinner-N", 0.0) > 0.05, "spinner CPU: " + seconds.get("spinner-N"));
    }
}
