package io.litstream.launcher.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The benchmark's printed figures. */
final class BenchReport {
    private static final String FORMAT = "%-8s %12s %12s %12s %8s %26s %26s %10s%n";

    private BenchReport() {
    }

    static String row(int threads, Throughput bare, PipelineRun.Result pipe) {
        return String.format(Locale.ROOT, FORMAT, threads,
                f1(bare.articlesPerSecond()), f1(pipe.throughput().articlesPerSecond()),
                String.format(Locale.ROOT, "%.0f", pipe.throughput().tokensPerSecond()),
                String.format(Locale.ROOT, "%.2f", pipe.throughput().articlesPerSecond() / bare.articlesPerSecond()),
                latency(pipe.toExtraction()), latency(pipe.toSummary()),
                pipe.peakHeapBytes() / (1024 * 1024) + " MB");
    }

    static String table(List<String> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, FORMAT, "threads", "bare art/s", "pipe art/s",
                "pipe tok/s", "ratio", "→extraction p50/p95/p99 ms", "→summary p50/p95/p99 ms", "peak heap"));
        rows.forEach(sb::append);
        return sb.toString();
    }

    static String detail(int threads, Throughput bare, PipelineRun.Result pipe) {
        Map<String, Double> cpu = new TreeMap<>(pipe.cpuSecondsByStage());
        double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        String shares = cpu.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100 * e.getValue() / total))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT,
                "threads=%d: bare %.1f articles/s (%.0f tokens/s); pipeline %.1f articles/s in %.1f s; "
                        + "%d/%d articles seen in a summary; CPU share: %s%n",
                threads, bare.articlesPerSecond(), bare.tokensPerSecond(), pipe.throughput().articlesPerSecond(),
                pipe.throughput().seconds(), pipe.toSummary().count(), pipe.throughput().articles(), shares);
    }

    private static String latency(Percentiles p) {
        return p.count() == 0 ? "-" : String.format(Locale.ROOT, "%.0f/%.0f/%.0f", p.p50(), p.p95(), p.p99());
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
