package io.litstream.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the pipeline costs with nothing to do: all three stages (ingest watching an empty folder)
 * and the broker, measured over a window that opens {@code settle} after the stages are running.
 * A dev machine runs it all day, so the figure is the settled one: the stages' start-up (topic
 * metadata, the first rebalance, the JIT compiling the code they run only once) falls in the
 * settle period and is not counted. What the JIT still compiles inside the window is counted
 * (it is CPU the process spends) and printed beside the total, so a window opened too early shows.
 */
final class IdleRun {
    private static final int TOP_THREADS = 6;

    private IdleRun() {
    }

    /** Cores used while idle over {@code window}, {@code settle} after start-up, with the busiest kinds of thread; one line. */
    static String measure(BenchTarget target, Path work, Duration settle, Duration window) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("idle-inbox"));
        try (BenchTarget.RunningStages stages = target.start(StagesUnderTest.all(inbox))) {
            PipelineRun.awaitRunning(stages);
            Thread.sleep(settle.toMillis());
            Map<Long, Long> before = ThreadCpu.snapshot();
            long processBefore = ProcessCpu.nanos();
            long brokerBefore = target.brokerCpuTime().map(Duration::toNanos).orElse(0L);
            JitActivity jit = new JitActivity();
            long start = System.nanoTime();
            Thread.sleep(window.toMillis());
            double wall = (System.nanoTime() - start) / 1e9;
            double jitShare = jit.shareSinceLastLook();
            double process = (ProcessCpu.nanos() - processBefore) / 1e9;
            double broker = (target.brokerCpuTime().map(Duration::toNanos).orElse(0L) - brokerBefore) / 1e9;
            Map<String, Double> byKind = new HashMap<>(ThreadCpu.secondsSince(before, ThreadCpu::kind));
            String busiest = byKind.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .limit(TOP_THREADS)
                    .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue() / wall))
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "idle (ingest, extract, aggregate, empty inbox; %.0f s from %d s after"
                            + " start-up): %.3f of a core (this JVM %.3f, of which JIT compiling %.3f%s);"
                            + " busiest threads (cores): %s%n", wall, settle.toSeconds(), (process + broker) / wall,
                    process / wall, jitShare, target.brokerCpuTime().isPresent()
                            ? String.format(Locale.ROOT, "; broker %.3f", broker / wall) : "", busiest);
        }
    }
}
