package io.litstream.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The benchmark's printed figures: one detail line per run, then one table, a row per run. */
public final class BenchReport {
    private static final String FORMAT = "%-9s %-7s %10s %10s %10s %6s %9s %22s %22s %9s %9s %8s%n";

    /** One run: {@code instances} extract instances of {@code threads} stream threads each. */
    public record Measurement(int instances, int threads, Throughput bare, PipelineResult pipe) {
        /** The headline: end-to-end articles/s over bare articles/s, same articles, same threads. */
        double ratio() {
            return pipe.throughput().articlesPerSecond() / bare.articlesPerSecond();
        }

        /**
         * Bare CPU per article over the pipeline's (this JVM and the embedded broker): what the
         * ratio would be with the machine to itself, whatever else shares the cores.
         */
        double cpuRatio() {
            return bare.cpuMillisPerArticle() / pipe.throughput().cpuMillisPerArticle();
        }
    }

    private BenchReport() {
    }

    public static String table(List<Measurement> runs) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, FORMAT, "instances", "threads",
                "bare art/s", "pipe art/s", "pipe tok/s", "ratio", "cpu ratio", "→extraction p50/95/99", "→summary p50/95/99",
                "peak heap", "peak lag", "drain s"));
        for (Measurement m : runs) {
            PipelineResult pipe = m.pipe();
            sb.append(String.format(Locale.ROOT, FORMAT, m.instances(), m.threads(),
                    f1(m.bare().articlesPerSecond()), f1(pipe.throughput().articlesPerSecond()),
                    String.format(Locale.ROOT, "%.0f", pipe.throughput().tokensPerSecond()),
                    String.format(Locale.ROOT, "%.2f", m.ratio()), String.format(Locale.ROOT, "%.2f", m.cpuRatio()),
                    latency(pipe.toExtraction()), latency(pipe.toSummary()),
                    pipe.peakHeapBytes() / (1024 * 1024) + " MB", pipe.peakLag(),
                    Double.isNaN(pipe.drainSeconds()) ? "no (" + pipe.finalLag() + ")" : f1(pipe.drainSeconds())));
        }
        return sb.toString();
    }

    public static String detail(Measurement m) {
        PipelineResult pipe = m.pipe();
        Map<String, Double> cpu = new TreeMap<>(pipe.cpuSecondsByStage());
        double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        String shares = cpu.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f s (%.0f%%, %.1f ms/article)", e.getKey(), e.getValue(),
                        100 * e.getValue() / total, 1000 * e.getValue() / Math.max(1, pipe.throughput().articles())))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT,
                "instances=%d threads=%d: bare %.1f articles/s (%.0f tokens/s, %d threads, %d articles); "
                        + "pipeline %.1f articles/s (%.0f tokens/s) in %.1f s; %d/%d articles seen in a summary; "
                        + "lag peak %d, %s; CPU per article: bare %.1f ms, pipeline %.1f ms (this JVM%s), "
                        + "ratio %.2f; CPU: %s%n",
                m.instances(), m.threads(), m.bare().articlesPerSecond(), m.bare().tokensPerSecond(),
                m.instances() * m.threads(), m.bare().articles(), pipe.throughput().articlesPerSecond(),
                pipe.throughput().tokensPerSecond(), pipe.throughput().seconds(), pipe.toSummary().count(),
                pipe.throughput().articles(), pipe.peakLag(),
                Double.isNaN(pipe.drainSeconds()) ? "not drained (" + pipe.finalLag() + " left)"
                        : String.format(Locale.ROOT, "drained %.1f s after intake stopped", pipe.drainSeconds()),
                m.bare().cpuMillisPerArticle(), pipe.throughput().cpuMillisPerArticle(),
                m.pipe().brokerIncluded() ? " + broker" : "", m.cpuRatio(), shares);
    }

    private static String latency(Percentiles p) {
        return p.count() == 0 ? "-" : String.format(Locale.ROOT, "%.0f/%.0f/%.0f", p.p50(), p.p95(), p.p99());
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
