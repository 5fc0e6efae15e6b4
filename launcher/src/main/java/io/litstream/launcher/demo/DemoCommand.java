package io.litstream.launcher.demo;

import io.litstream.aggregate.query.SummaryStore;
import io.litstream.broker.StartCancelledException;
import io.litstream.broker.WorkDirLock;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.launcher.config.ConfigOptions;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.pipeline.Cluster;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.ShutdownSignal;
import io.litstream.launcher.pipeline.StageName;
import io.litstream.topics.summary.TherapySummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code litstream demo}: the whole pipeline on the bundled sample corpus. */
@Command(name = "demo", mixinStandardHelpOptions = true, resourceBundle = "io.litstream.launcher.demo.DemoHelp",
        description = {
            "Starts a real Kafka broker (unless --bootstrap-servers is given), runs ingest, extract and",
            "aggregate in this process on the bundled sample articles, prints the therapy summaries, then",
            "keeps watching the inbox folder for new articles until Ctrl-C. The demo's work folder",
            "(default .litstream/demo) is wiped at every start."})
public final class DemoCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
    private static final String MARKER = ".litstream-demo";

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--once", description = "Exit after printing the summaries instead of watching the inbox.")
    boolean once;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.load(Map.of(Settings.WORK_DIR, ".litstream/demo", Settings.HTTP_PORT, "0",
                Settings.OPS_PORT, "0"));
        Path workDir = settings.workDir();
        WorkDirLock.refuseIfInUse(workDir, "demo"); // before the wipe: a live demo's broker keeps its data
        resetWorkDir(workDir);
        Path inbox = workDir.resolve("inbox");
        settings = settings.with(Map.of(Settings.INGEST_DIRS, inbox.toString()));
        PrintWriter out = spec.commandLine().getOut();

        // Ctrl-C is honoured at any point, also while the corpus is still on its way.
        ShutdownSignal signal = new ShutdownSignal();
        try (Cluster cluster = Cluster.connect(settings, "demo", false, signal::requested)) {
            List<Path> corpus;
            try (Pipeline pipeline = Pipeline.start(settings, cluster.bootstrapServers(), EnumSet.allOf(StageName.class),
                    signal::requested);
                 CorpusProgress progress = new CorpusProgress(
                         settings.kafkaClientProperties(cluster.bootstrapServers()), signal::requested)) {
                // The pipeline is watching the empty inbox: the corpus arrives as new files would.
                corpus = SampleCorpus.copyTo(inbox);
                out.printf("litstream demo: %d sample files copied into %s; Kafka at %s%n",
                        corpus.size(), inbox, cluster.bootstrapServers());
                out.flush();
                IngestMetrics ingested = awaitIngestOutcomes(pipeline, corpus.size(), signal);
                boolean through = ingested != null
                        && progress.awaitExtracted((int) ingested.published(), STEP_TIMEOUT)
                        && progress.awaitSummariesSettled(Duration.ofSeconds(2), STEP_TIMEOUT);
                if (signal.requested()) {
                    log.info("stopping before the corpus got through");
                    return 130;
                }
                if (!through) {
                    out.println("litstream demo: the corpus did not get through in time; see the log above");
                    return 1;
                }
                SummaryStore store = pipeline.summaries().orElseThrow();
                List<TherapySummary> summaries = store.all();
                out.println();
                out.print(SummaryTable.render(summaries));
                out.printf("%nfiles: %d articles published, %d duplicates skipped, %d dead-lettered %s"
                                + " (topic litstream.deadletters)%n",
                        ingested.published(), ingested.skippedUnchanged(), ingested.rejectedTotal(), ingested.rejected());
                if (once) {
                    // Their addresses would be dead by the time anyone opened them: the servers stop with the demo.
                    out.println("the summaries API and the dashboard stop with the demo; run it without --once to browse them");
                    out.flush();
                    return 0;
                }
                out.printf("summaries API: http://127.0.0.1:%d/therapies%n", pipeline.httpPort().orElseThrow());
                out.printf("health and metrics: http://127.0.0.1:%d/health/ready  /metrics%n", pipeline.opsPort());
                out.printf("dashboard: %s%s%n", pipeline.dashboardUrl(),
                        settings.get(Settings.OPS_TOKEN).isPresent() ? "?token=<your ops.token>" : "");
                out.flush();
                out.printf("%nwatching %s for new articles (.txt .html .md, optionally .gz); Ctrl-C to stop%n", inbox);
                out.flush();
                signal.await();
                log.info("stopping ...");
            }
        } catch (StartCancelledException e) {
            log.info("stopped during start-up ({})", e.getMessage());
            return 130;
        } finally {
            signal.done();
        }
        return 0;
    }

    /** Waits until ingest has an outcome (published, duplicate, dead letter) for every file. */
    private static IngestMetrics awaitIngestOutcomes(Pipeline pipeline, int files, ShutdownSignal signal)
            throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && !signal.requested()) {
            IngestMetrics m = pipeline.ingestMetrics().orElseThrow();
            if (m.published() + m.skippedUnchanged() + m.rejectedTotal() + m.failed() >= files) {
                return m;
            }
            Thread.sleep(100);
        }
        return null;
    }

    /**
     * Wipes the demo's work folder, but only one the demo made itself (it leaves a marker file):
     * a mistyped --work-dir must never delete somebody's data.
     */
    private static void resetWorkDir(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (Files.exists(dir)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(marker)) {
                throw new IllegalArgumentException(dir + " is not empty and was not made by litstream demo;"
                        + " choose another --work-dir");
            }
            deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        Files.writeString(marker, "made by litstream demo; wiped at every demo start\n");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
