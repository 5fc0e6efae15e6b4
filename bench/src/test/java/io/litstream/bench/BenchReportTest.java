package io.litstream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static final Throughput BARE = new Throughput(1000, 1_000_000, 20_000_000_000L, 20_000_000_000L);

    private static PipelineResult pipe(long articles, double seconds, double drainSeconds) {
        long nanos = (long) (seconds * 1e9);
        return new PipelineResult(new Throughput(articles, articles * 1000, nanos, 2 * nanos),
                Percentiles.of(new long[] {100_000_000L, 200_000_000L}), Percentiles.of(new long[] {300_000_000L}),
                300L * 1024 * 1024, Map.of("extract", 30.0, "aggregate", 10.0), 1200, drainSeconds, 0, true);
    }

    @Test
    void theRatioIsPipelineOverBareArticlesPerSecondAndTheCpuRatioBareOverPipelineCpuPerArticle() {
        BenchReport.Measurement m = new BenchReport.Measurement(1, 1, BARE, pipe(1000, 40, 5));

        assertEquals(25.0 / 50.0, m.ratio(), 1e-9);
        // bare: 20 ms CPU per article; pipeline: 80 s CPU over 1000 articles = 80 ms.
        assertEquals(20.0 / 80.0, m.cpuRatio(), 1e-9);
    }

    @Test
    void theTablePutsEachRunOnOneRowUnderItsHeader() {
        String table = BenchReport.table(List.of(new BenchReport.Measurement(1, 1, BARE, pipe(1000, 40, 5)),
                new BenchReport.Measurement(2, 1, BARE, pipe(1000, 20, Double.NaN))));
        List<String> lines = table.lines().toList();

        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("instances threads"), lines.get(0));
        assertTrue(lines.get(1).matches("1\\s+1\\s+50\\.0\\s+25\\.0\\s+25000\\s+0\\.50\\s+0\\.25\\s+100/200/200\\s+"
                + "300/300/300\\s+300 MB\\s+1200\\s+5\\.0"), lines.get(1));
        assertTrue(lines.get(2).endsWith("no (0)"), "a run whose lag never drained says so: " + lines.get(2));
    }

    @Test
    void theDetailLineGivesTheCpuSharesOfTheStagesAndTheirCpuPerArticle() {
        String detail = BenchReport.detail(new BenchReport.Measurement(1, 2, BARE, pipe(1000, 40, 5)));

        assertTrue(detail.contains("aggregate 10.0 s (25%, 10.0 ms/article), extract 30.0 s (75%, 30.0 ms/article)"), detail);
        assertTrue(detail.contains("drained 5.0 s after intake stopped"), detail);
        assertTrue(detail.contains("this JVM + broker"), detail);
    }
}
