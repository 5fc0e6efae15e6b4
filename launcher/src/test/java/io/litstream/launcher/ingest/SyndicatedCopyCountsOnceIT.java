package io.litstream.launcher.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.StageName;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import io.litstream.topics.summary.TherapySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The same press release on two sites, each with its own page chrome and URL, is one article in the summaries. */
@ExtendWith(SharedKafkaCluster.class)
class SyndicatedCopyCountsOnceIT {
    private static final String RELEASE = """
            <p>A phase 3 randomized trial of zuranolone in adults with major depressive disorder met its primary
            endpoint, the sponsor announced on Tuesday. Patients who took the oral neurosteroid for fourteen days
            improved more on the depression rating scale at day fifteen than patients who took placebo.</p>
            <p>Zuranolone acts as a positive allosteric modulator of GABA-A receptors. The most common side effects
            were somnolence and dizziness, and the company said no new safety signals were seen in the study.</p>
            <p>The results will be presented at a psychiatry congress later this year, and the full data set will be
            submitted to a peer-reviewed journal, according to the release.</p>
            """;

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void aNearDuplicateOnAnotherSiteIsPublishedOnceAndCountedOnce(KafkaTestCluster kafka, @TempDir Path work)
            throws Exception {
        Path inbox = TestSettings.inbox(work);
        Settings settings = TestSettings.pipeline(work);
        try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.allOf(StageName.class));
             CorpusProgress progress = new CorpusProgress(kafka.clientProperties())) {
            Files.createDirectories(inbox);
            Files.writeString(inbox.resolve("wire-service.html"), page("Health Wire",
                    "https://wire.example/releases/zuranolone-phase-3", "<nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav>",
                    ""));
            waitForPublished(pipeline, 1);
            Files.writeString(inbox.resolve("local-news.html"), page("Valley Gazette",
                    "https://gazette.example/health/2026/zuranolone-trial",
                    "<div class='cookie-banner'>We use cookies.</div><aside class='related'><h3>Related</h3>"
                            + "<a href='/sport'>Local team wins the cup</a></aside>",
                    "<p>By the Gazette health desk, with material from the company.</p>"));

            assertTrue(progress.awaitExtracted(1, Duration.ofMinutes(2)), "the first copy is extracted");
            assertTrue(progress.awaitSummariesSettled(Duration.ofSeconds(2), Duration.ofMinutes(1)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (pipeline.ingestMetrics().orElseThrow().duplicates() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            assertEquals(1, pipeline.ingestMetrics().orElseThrow().published(), "the copy is not published");
            assertEquals(1, pipeline.ingestMetrics().orElseThrow().duplicates(), "the copy is recognised as a near-duplicate");
            assertEquals(1, progress.ingestedIds().size(), "one article on the raw topic");
            TherapySummary zuranolone = pipeline.summaries().orElseThrow().get("zuranolone").orElseThrow();
            assertEquals(1, zuranolone.articleCount(), "the story counts once: " + zuranolone);
        }
    }

    private static void waitForPublished(Pipeline pipeline, long n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (pipeline.ingestMetrics().orElseThrow().published() < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** A site's page around the release; {@code byline} is what a syndicating site adds to the text. */
    private static String page(String site, String url, String chrome, String byline) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <title>Zuranolone trial meets its goal | %s</title><link rel="canonical" href="%s"></head>
                <body><header><h2>%s</h2>%s</header>
                <article><h1>Zuranolone trial meets its goal</h1>%s%s</article>
                <footer>© %s. All rights reserved.</footer></body></html>
                """.formatted(site, url, site, chrome, byline, RELEASE, site);
    }
}
