package io.litstream.launcher.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedData;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.summary.TherapySummary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The five real sample pages through ingest, extract and aggregate on a real broker. */
@ExtendWith(SharedKafkaCluster.class)
class SeedArticlesThroughRealBrokerIT {

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void summariesHoldTheTherapiesMechanismsAndClaimsOfTheSeedPages(KafkaTestCluster kafka, @TempDir Path work)
            throws Exception {
        Path inbox = TestSettings.inbox(work);
        Settings settings = TestSettings.pipeline(work);
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SharedData.seeds())) {
            seeds = files.sorted().toList();
        }

        try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.allOf(StageName.class));
             CorpusProgress progress = new CorpusProgress(kafka.clientProperties())) {
            Files.createDirectories(inbox);
            for (Path seed : seeds) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
            assertTrue(progress.awaitExtracted(seeds.size(), Duration.ofMinutes(2)), "all seeds extracted");
            assertTrue(progress.awaitSummariesSettled(Duration.ofSeconds(2), Duration.ofMinutes(1)), "summaries settle");

            Map<String, TherapySummary> byId = pipeline.summaries().orElseThrow().all().stream()
                    .collect(Collectors.toMap(TherapySummary::therapyId, s -> s));

            TherapySummary brexanolone = find(byId, "brexanolone");
            assertTrue(brexanolone.claimsByType().getOrDefault(ClaimType.REGULATORY, 0L) >= 1,
                    "brexanolone's FDA approval is a REGULATORY claim: " + brexanolone);

            TherapySummary bont = find(byId, "botulinum");
            assertTrue(bont.mechanisms().keySet().stream().anyMatch(m -> m.contains("serotonin")),
                    "BoNT/A links serotonin: " + bont.mechanisms());
            assertTrue(bont.mechanisms().keySet().stream().anyMatch(m -> m.contains("bdnf")),
                    "BoNT/A links BDNF: " + bont.mechanisms());

            TherapySummary msc = find(byId, "mesenchymal");
            assertEquals(2, msc.articleCount(), "mesenchymal stem cells appear in two seed pages, counted once each");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + pipeline.opsPort() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());
            String metrics = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + pipeline.opsPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(metrics.contains("litstream_ingest_articles_published_total 5.0"), "ingest counter in /metrics");
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("kafka_stream") && l.contains("stage=\"extract\"")),
                    "Kafka Streams metrics of extract in /metrics");

            for (String teaser : List.of("biobattery", "cannabis", "immunotherapy", "nuclear", "coal", "crypto",
                    "stock", "liquidation")) {
                assertTrue(byId.values().stream().noneMatch(s -> mentions(s, teaser)),
                        "an unrelated teaser produced a therapy: " + teaser + " in " + byId.keySet());
            }
        }
    }

    private static TherapySummary find(Map<String, TherapySummary> byId, String idPart) {
        return byId.values().stream()
                .filter(s -> s.therapyId().contains(idPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no summary for " + idPart + " among " + byId.keySet()));
    }

    private static boolean mentions(TherapySummary s, String word) {
        return (s.therapyId() + " " + s.name()).toLowerCase(Locale.ROOT).contains(word);
    }
}
