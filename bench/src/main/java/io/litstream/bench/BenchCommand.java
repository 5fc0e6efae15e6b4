package io.litstream.bench;

import io.litstream.topics.article.RawArticle;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litstream bench}: the pipeline against the bare extractor, same articles, same run. The
 * command line that registers it supplies, by subclassing, the cluster settings options and the
 * {@link BenchTarget}: the pipeline as the product wires it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Measures the pipeline on a real broker against the bare extractor in the same run:",
            "articles/s and tokens/s, publish→extraction and publish→summary latency percentiles,",
            "peak heap, consumer lag and how fast it drains once intake stops, CPU per stage, and the",
            "ratio pipeline / bare (Kafka's cost over the work). It starts its own embedded broker in a",
            "temporary folder unless --bootstrap-servers names a cluster (use one the pipeline is not",
            "running on). The articles are built from real text (the bundled sample corpus, or",
            "--corpus DIR) with a fixed seed."},
        footer = {"", "Examples:", "  litstream bench", "  litstream bench --threads 1,2 --instances 1,2",
            "  litstream bench --articles 100000 --rate 40      # bounded memory, lag drains",
            "  litstream bench --corpus ../shared/data/wcxb-dev/html --rate 30"})
public abstract class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Compile time per wall time below which the JIT counts as quiet. */
    private static final double QUIET_JIT_SHARE = 0.05;
    private static final int MAX_WARM_UP_ROUNDS = 6;

    @Option(names = "--articles", defaultValue = "1000", description = "Articles per run (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--words", defaultValue = "1000", description = "Words per article (default ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--threads", split = ",", defaultValue = "1",
            description = "Stream threads per extract instance (and bare extractor threads); a list runs each: --threads 1,2")
    List<Integer> threads;

    @Option(names = "--instances", split = ",", defaultValue = "1",
            description = "Extract instances sharing the work (same application id); a list runs each: --instances 1,2")
    List<Integer> instances;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of articles to build the benchmark from.")
    Path corpus;

    @Option(names = "--sources", defaultValue = "50",
            description = "Web hosts the articles are spread over (default ${DEFAULT-VALUE}).")
    int sources;

    @Option(names = "--bare-articles", defaultValue = "5000",
            description = "The bare extractor runs on the first this many of the articles (default ${DEFAULT-VALUE}).")
    int bareArticles;

    @Option(names = "--warm-up", defaultValue = "500",
            description = "Articles per warm-up round through the pipeline before the first measured run, not reported;"
                    + " rounds repeat (at most " + MAX_WARM_UP_ROUNDS + ") until the JIT compilers are quiet (default ${DEFAULT-VALUE}; 0: none).")
    int warmUp;

    @Option(names = "--rate", defaultValue = "0",
            description = "Publish at this many articles/s (0: as fast as possible). Latency targets are read at half the maximum.")
    double rate;

    @Option(names = "--idle", defaultValue = "30", paramLabel = "SECONDS",
            description = "First measure the CPU of all three stages and the broker with nothing to do over this many"
                    + " seconds (default ${DEFAULT-VALUE}; 0: skip).")
    int idleSeconds;

    @Option(names = "--idle-settle", defaultValue = "60", paramLabel = "SECONDS",
            description = "The idle window opens this many seconds after the stages are running: their start-up"
                    + " (first rebalance, topic metadata, the JIT compiling code run once) is left out"
                    + " (default ${DEFAULT-VALUE}).")
    int idleSettleSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("litstream-bench");
        Path folder = corpus != null ? corpus : sampleCorpus(work.resolve("corpus"));
        BenchCorpus corpusArticles = BenchCorpus.build(folder, articles, words, 42, sources, "bench:");
        out.printf("litstream bench: %d articles of ~%d words from %s over %d sources; %d cores, max heap %d MB, "
                        + "Java %s, %s%n", articles, words, folder, sources, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"), LocalDate.now());
        out.flush();

        List<BenchReport.Measurement> runs = new ArrayList<>();
        Map<Integer, Throughput> bareByThreads = new HashMap<>();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        try (BenchTarget cluster = target(work)) {
            // An unmeasured pass first: the JIT compiles Kafka's and the stages' code (the broker's
            // C2 compiler alone burns several CPU seconds in its first minute), topics and stores are
            // created; otherwise the first row would measure start-up, not the pipeline.
            warmUp(out, cluster, corpusArticles, runId);
            if (idleSeconds > 0) {
                // After the warm-up: a long-running process's idle, not its start-up compiling.
                out.print(IdleRun.measure(cluster, work, Duration.ofSeconds(idleSettleSeconds),
                        Duration.ofSeconds(idleSeconds)));
                out.flush();
            }
            int run = 0;
            for (int i : instances) {
                for (int t : threads) {
                    int total = i * t;
                    BenchCorpus sample = corpusArticles.first(bareArticles);
                    if (!bareByThreads.containsKey(total)) {
                        BareExtractorRun.run(sample.first(200), total); // JIT warm-up
                    }
                    // The bare extractor runs right before and right after the pipeline and the two
                    // are pooled: the machine's load drifts, and the ratio should not ride on it.
                    Throughput bareBefore = BareExtractorRun.run(sample, total);
                    // Each run publishes new ids, so a later run's articles are new to the pipeline, not updates.
                    List<RawArticle> batch = corpusArticles.withIdPrefix("bench-" + runId + "-" + run++ + ":");
                    PipelineResult pipe = PipelineRun.run(cluster, batch, rate, i, t);
                    Throughput bareAfter = BareExtractorRun.run(sample, total);
                    bareByThreads.put(total, bareAfter);
                    BenchReport.Measurement m = new BenchReport.Measurement(i, t, bareBefore.plus(bareAfter), pipe);
                    runs.add(m);
                    out.print(BenchReport.detail(m));
                    out.flush();
                }
            }
        } finally {
            deleteQuietly(work);
        }
        out.println();
        out.print(BenchReport.table(runs));
        out.flush();
        return 0;
    }

    /**
     * Warm-up rounds until this JVM's JIT compilers spent under {@value #QUIET_JIT_SHARE} of a
     * round's wall time compiling, or {@value #MAX_WARM_UP_ROUNDS} rounds. Rounds use fresh ids,
     * so they are new articles, not updates.
     */
    private void warmUp(PrintWriter out, BenchTarget cluster, BenchCorpus corpusArticles, String runId)
            throws Exception {
        if (warmUp <= 0) {
            return;
        }
        JitActivity jit = new JitActivity();
        for (int round = 1; round <= MAX_WARM_UP_ROUNDS; round++) {
            PipelineRun.run(cluster,
                    corpusArticles.ofSize(warmUp).withIdPrefix("bench-" + runId + "-warm-up-" + round + ":"), 0, 1, 1);
            double share = jit.shareSinceLastLook();
            out.printf("warm-up round %d: %d articles, JIT compiling %.0f%% of the time%n", round, warmUp, 100 * share);
            out.flush();
            if (share < QUIET_JIT_SHARE) {
                return;
            }
        }
    }

    /**
     * The cluster (the one the settings name, else an embedded broker with its data under
     * {@code work}) and the pipeline to measure on it.
     */
    protected abstract BenchTarget target(Path work);

    /** Copies the articles the bench is built from when no {@code --corpus} is given into {@code dir}; returns it. */
    protected abstract Path sampleCorpus(Path dir);

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // A temp folder left behind is harmless.
        }
    }
}
