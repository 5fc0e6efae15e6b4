package io.litstream.launcher.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.litstream.launcher.testkit.LiveSummaries.articleCount;
import static io.litstream.launcher.testkit.LiveSummaries.await;
import static io.litstream.launcher.testkit.LiveSummaries.events;

import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.StageName;
import io.litstream.launcher.testkit.CommittedTopic;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import io.litstream.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file without a DOI or PMID, edited in place in a watched folder, is one article (known by its
 * path in the folder) updated, not a second one: the therapy the edit adds counts one article, the
 * one it removes none, the one both versions name still one. Deleted with
 * {@code ingest.dirs.on.delete=retract}, the article leaves every summary once, and an article
 * beside it stays.
 */
@ExtendWith(SharedKafkaCluster.class)
class EditedAndDeletedFilesChangeTheSummariesOnceIT {
    private static final String FIRST_VERSION = """
            Sertraline with lithium augmentation in a clinic cohort

            In a randomized trial of 120 outpatients with major depression, sertraline combined with lithium
            significantly reduced depressive symptoms compared with sertraline and placebo after eight weeks.
            Tremor was more common with lithium.
            """;
    private static final String EDITED = """
            Sertraline with bupropion augmentation in a clinic cohort

            In a randomized trial of 120 outpatients with major depression, sertraline combined with bupropion
            significantly reduced depressive symptoms compared with sertraline and placebo after eight weeks.
            Insomnia was more common with bupropion.
            """;
    private static final String BESIDE = """
            Zuranolone for major depressive disorder: an open-label study

            In an open-label study of 60 adults with major depressive disorder, zuranolone taken nightly for two
            weeks improved scores on the Hamilton Depression Rating Scale. Dizziness and headache were reported.
            """;

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void anEditedFileUpdatesItsOneArticleAndADeletedOneIsRetractedOnce(KafkaTestCluster kafka, @TempDir Path work)
            throws Exception {
        Path inbox = TestSettings.inbox(work);
        Settings settings = TestSettings.pipeline(work, Map.of(Settings.INGEST_DIRS_ON_DELETE, "retract"));
        try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.allOf(StageName.class));
             CorpusProgress progress = new CorpusProgress(kafka.clientProperties())) {
            Files.createDirectories(inbox);
            Path trial = inbox.resolve("augmentation.txt");
            Files.writeString(trial, FIRST_VERSION);
            Files.writeString(inbox.resolve("open-label.txt"), BESIDE);
            assertTrue(progress.awaitExtracted(2, Duration.ofMinutes(2)), "both articles are extracted");
            await(() -> articleCount(pipeline, "lithium") == 1 && articleCount(pipeline, "sertraline") == 1, "the first version counts");

            Files.writeString(trial, EDITED); // in place, as an editor saves
            await(() -> articleCount(pipeline, "bupropion") == 1 && articleCount(pipeline, "lithium") == 0,
                    "the edit reaches the summaries");
            Thread.sleep(3_000); // several more scans of the folder and commits of the aggregate

            Set<String> ids = rawKeys(kafka, "augmentation.txt");
            assertEquals(1, ids.size(), "one article id for the file, both versions under it: " + ids);
            String id = ids.iterator().next();
            assertEquals(2, rawVersions(kafka, id), "the first version and the edit, nothing more");
            assertEquals(1, articleCount(pipeline, "bupropion"), "the therapy the edit adds counts once");
            assertEquals(0, articleCount(pipeline, "lithium"), "the therapy the edit removes no longer counts");
            assertEquals(1, articleCount(pipeline, "sertraline"), "the therapy both versions name still counts once");
            assertEquals(1, articleCount(pipeline, "zuranolone"));

            Files.delete(trial);
            await(() -> articleCount(pipeline, "sertraline") == 0 && articleCount(pipeline, "bupropion") == 0,
                    "the deleted file's article leaves the summaries");
            Thread.sleep(3_000);

            assertEquals(0, articleCount(pipeline, "sertraline"));
            assertEquals(1, articleCount(pipeline, "zuranolone"), "the article beside it stays");
            assertEquals(1, events(kafka, "ARTICLE_RETRACTED", id, "sertraline"), "retracted once from sertraline");
            assertEquals(1, events(kafka, "ARTICLE_RETRACTED", id, "bupropion"), "and once from bupropion");
        }
    }

    private static List<ConsumerRecord<String, byte[]>> raw(KafkaTestCluster kafka) {
        return CommittedTopic.read(kafka.clientProperties(), Topics.RAW_ARTICLES, Duration.ofSeconds(30));
    }

    /** The keys of the raw articles read from {@code file}. */
    private static Set<String> rawKeys(KafkaTestCluster kafka, String file) {
        return raw(kafka).stream()
                .filter(r -> r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(file))
                .map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    /** The articles (not tombstones) published under {@code id}. */
    private static long rawVersions(KafkaTestCluster kafka, String id) {
        return raw(kafka).stream().filter(r -> id.equals(r.key()) && r.value() != null).count();
    }
}
