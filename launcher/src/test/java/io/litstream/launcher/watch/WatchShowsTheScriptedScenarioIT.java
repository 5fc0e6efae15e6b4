package io.litstream.launcher.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.query.SummaryStore;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.StageName;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.launcher.testkit.TestSettings;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.summary.TherapySummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code litstream watch} prints the events of the scripted scenario, in order, once each. */
@ExtendWith(SharedKafkaCluster.class)
class WatchShowsTheScriptedScenarioIT {

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void newTherapyThenClinicalEvidenceThenANoEffectTrialThenItsRetraction(KafkaTestCluster kafka,
                                                                          @TempDir Path work) throws Exception {
        Settings settings = TestSettings.pipeline(work);
        List<TherapyEventType> expected = List.of(
                TherapyEventType.NEW_THERAPY, TherapyEventType.MECHANISM_LINKED,
                TherapyEventType.EVIDENCE_LEVEL_RAISED, TherapyEventType.SCORE_CROSSED_THRESHOLD,
                TherapyEventType.FIRST_NO_EFFECT_FINDING, TherapyEventType.SCORE_CROSSED_THRESHOLD,
                TherapyEventType.ARTICLE_RETRACTED, TherapyEventType.SCORE_CROSSED_THRESHOLD);

        StringWriter printed = new StringWriter();
        CommandLine watch = new CommandLine(new WatchCommand()).setOut(new PrintWriter(printed, true));
        int[] exit = {-1};
        Thread watcher = new Thread(() -> exit[0] = watch.execute("--bootstrap-servers", kafka.bootstrapServers(),
                "--work-dir", work.toString(), "--group", "watch-it-" + UUID.randomUUID(), "--from-beginning",
                "--max-events", Integer.toString(expected.size())), "watch");

        try (Pipeline pipeline = Pipeline.start(settings, kafka.bootstrapServers(), EnumSet.of(StageName.AGGREGATE));
             ScriptedScenario scenario = new ScriptedScenario(kafka.clientProperties())) {
            watcher.start();
            SummaryStore summaries = pipeline.summaries().orElseThrow();
            // One step at a time: articles live on different partitions, and the scenario is an order.
            scenario.put(ScriptedScenario.PRECLINICAL);
            awaitArticles(summaries, 1);
            scenario.put(ScriptedScenario.TRIAL_1);
            awaitArticles(summaries, 2);
            scenario.put(ScriptedScenario.TRIAL_2);
            awaitArticles(summaries, 3);
            scenario.put(ScriptedScenario.NULL_TRIAL);
            awaitArticles(summaries, 4);
            scenario.retract(ScriptedScenario.NULL_TRIAL.articleId());
            awaitArticles(summaries, 3);

            watcher.join(TimeUnit.MINUTES.toMillis(2));
            assertFalse(watcher.isAlive(), "watch did not see " + expected.size() + " events:\n" + printed);
        } finally {
            watcher.interrupt();
        }

        assertEquals(0, exit[0]);
        List<String> lines = printed.toString().lines().filter(l -> !l.startsWith("watching")).toList();
        assertEquals(expected, lines.stream().map(l -> typeIn(l)).toList(), printed.toString());
        assertTrue(lines.get(6).contains(ScriptedScenario.NULL_TRIAL.articleId()), lines.get(6));
        assertTrue(lines.get(2).contains("PRECLINICAL -> CLINICAL"), lines.get(2));
        assertTrue(lines.get(0).contains("extractor scenario-1"), lines.get(0));
    }

    private static TherapyEventType typeIn(String line) {
        return Arrays.stream(TherapyEventType.values()).filter(t -> line.contains("  " + t.name() + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no event type in: " + line));
    }

    private static void awaitArticles(SummaryStore summaries, long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Optional<TherapySummary> s = summaries.get(ScriptedScenario.THERAPY);
                if (s.map(TherapySummary::articleCount).orElse(0L) == count) {
                    return;
                }
            } catch (RuntimeException notYetQueryable) {
                // starting or rebalancing: retry
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the summary of " + ScriptedScenario.THERAPY + " never reached " + count + " articles");
    }
}
