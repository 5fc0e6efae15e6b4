package io.litstream.launcher.retract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.SourcesConfig;
import io.litstream.launcher.LitstreamMain;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.StageName;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.LiveSummaries;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A PMID that appears in the retraction list, and an article an operator retracts, each leave the
 * therapy's summary once: the article count drops by one, ARTICLE_RETRACTED is emitted once, and
 * later polls of the list or a second {@code retract} change nothing.
 */
@ExtendWith(SharedKafkaCluster.class)
class RetractionsChangeTheSummariesOnceIT {
    private static final String TRIAL = """
            Zuranolone in postpartum depression: a randomised trial

            PMID: 31000001

            In this randomized, double-blind trial, 150 women with postpartum depression received zuranolone or
            placebo for fourteen days. Zuranolone significantly reduced depressive symptoms compared with placebo
            at day fifteen. Somnolence was the most common adverse event.
            """;
    private static final String OPEN_LABEL = """
            Zuranolone for major depressive disorder: an open-label study

            PMID: 31000002

            In an open-label study of 60 adults with major depressive disorder, zuranolone taken nightly for two
            weeks improved scores on the Hamilton Depression Rating Scale. Dizziness and headache were reported,
            and the authors call for controlled trials in older patients.
            """;

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void aListedPmidAndAnOperatorsRetractionEachDropTheArticleOnce(KafkaTestCluster kafka, @TempDir Path work)
            throws Exception {
        Path inbox = TestSettings.inbox(work);
        Path list = Files.writeString(work.resolve("retractions.tsv"), "pmid\n99999999\n");
        Settings settings = TestSettings.pipeline(work, Map.of(
                SourcesConfig.RETRACTIONS_FILE, list.toString(), SourcesConfig.RETRACTIONS_INTERVAL, "500ms"));
        try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.allOf(StageName.class));
             CorpusProgress progress = new CorpusProgress(kafka.clientProperties())) {
            Files.createDirectories(inbox);
            Files.writeString(inbox.resolve("trial.txt"), TRIAL);
            Files.writeString(inbox.resolve("open-label.txt"), OPEN_LABEL);
            assertTrue(progress.awaitExtracted(2, Duration.ofMinutes(2)), "both articles are extracted");
            LiveSummaries.await(() -> articleCount(pipeline) == 2, "zuranolone counts both articles");

            Files.writeString(list, "pmid\n99999999\n31000001\n");
            LiveSummaries.await(() -> articleCount(pipeline) == 1, "the listed article leaves the summary");
            Thread.sleep(3_000); // several more polls of the list

            assertEquals(1, pipeline.ingestMetrics().orElseThrow().retracted(), "one tombstone, however often the list is read");
            LiveSummaries.await(() -> articleCount(pipeline) >= 0, "the stores answer");
            assertEquals(1, articleCount(pipeline));
            assertEquals(1, retractedEvents(kafka, "pmid:31000001"));

            String first = retract(kafka, "pmid:31000002");
            String second = retract(kafka, "pmid:31000002");
            LiveSummaries.await(() -> articleCount(pipeline) == 0, "the operator's retraction empties the summary");
            Thread.sleep(2_000);

            assertTrue(first.startsWith("retracted pmid:31000002"), first);
            assertTrue(second.contains("already retracted"), second);
            assertEquals(1, retractedEvents(kafka, "pmid:31000002"));
            assertEquals(1, retractedEvents(kafka, "pmid:31000001"), "the earlier retraction is not repeated");
        }
    }

    private static long articleCount(Pipeline pipeline) {
        return LiveSummaries.articleCount(pipeline, "zuranolone");
    }

    private static long retractedEvents(KafkaTestCluster kafka, String articleId) {
        return LiveSummaries.events(kafka, "ARTICLE_RETRACTED", articleId, null);
    }

    private static String retract(KafkaTestCluster kafka, String id) {
        CommandLine cli = LitstreamMain.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("retract", id, "--reason", "test", "--bootstrap-servers", kafka.bootstrapServers());
        assertEquals(0, code, out.toString());
        return out.toString();
    }
}
