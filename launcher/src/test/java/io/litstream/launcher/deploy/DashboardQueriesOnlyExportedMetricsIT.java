package io.litstream.launcher.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.demo.SampleCorpus;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.StageName;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Grafana dashboard queries only metrics a running pipeline exports: the whole pipeline on a
 * real broker, the bundled sample articles through it, then /metrics scraped until every name
 * the dashboard uses has appeared (Kafka Streams registers task and node metrics as tasks start).
 */
@ExtendWith(SharedKafkaCluster.class)
class DashboardQueriesOnlyExportedMetricsIT {
    private static final int MAX_SCRAPE_CHARS = 150_000;
    /** Metrics the README's Health and metrics section names, beside the dashboard's. */
    private static final Set<String> README_NAMED = Set.of("litstream_ingest_articles_published_total",
            "litstream_ingest_duplicates_skipped_total", "litstream_extract_latency_seconds_bucket",
            "litstream_summaries_updated_total", "kafka_stream_thread_commit_latency_avg",
            "kafka_consumer_fetch_manager_records_lag_max", "kafka_producer_record_error_total");

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void everyMetricTheDashboardQueriesIsInTheScrapeAndTheScrapeStaysSmall(KafkaTestCluster kafka, @TempDir Path work) throws Exception {
        Set<String> used = DashboardQueries.metricNames(
                ComposeFiles.json(ComposeFiles.root().resolve("deploy/grafana/dashboards/litstream.json")));
        Settings settings = TestSettings.pipeline(work);
        try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.allOf(StageName.class));
             CorpusProgress progress = new CorpusProgress(kafka.clientProperties())) {
            assertTrue(SampleCorpus.copyTo(TestSettings.inbox(work)).size() > 3, "sample articles in the inbox");
            // Records through both stream stages are what makes Kafka Streams register task and node metrics.
            assertTrue(progress.awaitExtracted(3, Duration.ofMinutes(3)), "sample articles are extracted");

            HttpClient http = HttpClient.newHttpClient();
            URI metrics = URI.create("http://127.0.0.1:" + pipeline.opsPort() + "/metrics");
            Set<String> missing = new TreeSet<>(used);
            String scrape = "";
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
                scrape = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
                missing.removeAll(DashboardQueries.exportedNames(scrape));
                if (!missing.isEmpty()) {
                    Thread.sleep(1000);
                }
            }
            assertTrue(missing.isEmpty(), "the dashboard queries metrics the pipeline never exported: " + missing);
            // ops.metrics.kafka=summary: the Kafka clients' per-store, per-task, per-partition and
            // per-broker copies are left out (640 KB a scrape with them on a run like this one).
            assertTrue(scrape.length() < MAX_SCRAPE_CHARS, "a scrape of " + scrape.length() + " characters");
            Set<String> exported = DashboardQueries.exportedNames(scrape);
            for (String named : README_NAMED) {
                assertTrue(exported.contains(named), named + " is in the scrape");
            }
        }
    }
}
