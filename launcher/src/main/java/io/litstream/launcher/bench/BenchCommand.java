package io.litstream.launcher.bench;

import io.litstream.launcher.config.ConfigOptions;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.SampleCorpus;
import io.litstream.launcher.pipeline.Cluster;
import io.litstream.topics.article.RawArticle;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litstream bench}: the pipeline against the bare extractor, same articles, same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Measures the pipeline on a real broker against the bare extractor in the same run:",
            "articles/s and tokens/s, publish→extraction and publish→summary latency percentiles,",
            "peak heap and CPU per stage, and the ratio pipeline / bare (Kafka's cost over the work).",
            "It starts its own embedded broker in a temporary folder; the articles are built from real",
            "text (the bundled sample corpus, or --corpus DIR) with a fixed seed."},
        footer = {"", "Examples:", "  litstream bench", "  litstream bench --articles 5000 --threads 1,2",
            "  litstream bench --corpus ../shared/data/wcxb-dev/html --rate 50"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--articles", defaultValue = "1000", description = "Articles per run (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--words", defaultValue = "1000", description = "Words per article (default ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--threads", split = ",", defaultValue = "1",
            description = "Stream threads of extract (and bare extractor threads); a list runs each: --threads 1,2")
    List<Integer> threads;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of articles to build the benchmark from.")
    Path corpus;

    @Option(names = "--rate", defaultValue = "0",
            description = "Publish at this many articles/s (0: as fast as possible). Latency targets are read at half the maximum.")
    double rate;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("litstream-bench");
        Settings settings = config.load(Map.of(Settings.WORK_DIR, work.toString(), Settings.HTTP_PORT, "0",
                Settings.OPS_PORT, "0"));
        if (settings.bootstrapServers().isPresent()) {
            out.println("litstream bench: runs on its own embedded broker; --bootstrap-servers is not supported yet");
            return 2;
        }
        Path folder = corpus != null ? corpus : copyBundledCorpus(work.resolve("corpus"));
        out.printf("litstream bench: %d articles of ~%d words from %s; %d cores, max heap %d MB, Java %s, %s%n",
                articles, words, folder, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"), LocalDate.now());
        out.flush();

        List<String> rows = new ArrayList<>();
        try (Cluster cluster = Cluster.connect(settings)) {
            int run = 0;
            for (int t : threads) {
                List<RawArticle> batch = renumber(BenchCorpus.build(folder, articles, words, 42), run++);
                BareExtractorRun.run(batch.subList(0, Math.min(200, batch.size())), t); // JIT warm-up
                Throughput bare = BareExtractorRun.run(batch, t);
                PipelineRun.Result pipe = PipelineRun.run(
                        settings.with(Map.of(Settings.EXTRACT_THREADS, Integer.toString(t))),
                        cluster.bootstrapServers(), batch, rate);
                rows.add(BenchReport.row(t, bare, pipe));
                out.print(BenchReport.detail(t, bare, pipe));
                out.flush();
            }
        } finally {
            deleteQuietly(work);
        }
        out.println();
        out.print(BenchReport.table(rows));
        out.flush();
        return 0;
    }

    /** Each run publishes new ids, so a later run's articles are new to the pipeline, not updates. */
    private static List<RawArticle> renumber(List<RawArticle> articles, int run) {
        return articles.stream().map(a -> new RawArticle("bench:" + run + ":" + a.id().substring("bench:".length()),
                a.source(), a.sourceKind(), a.format(), a.title(), a.text(), a.url(), a.doi(), a.pmid(), a.pmcid(),
                a.year(), a.contentHash(), a.ingestedAt())).toList();
    }

    private static Path copyBundledCorpus(Path dir) {
        SampleCorpus.copyTo(dir);
        return dir;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // A temp folder left behind is harmless.
        }
    }
}
