package io.litstream.launcher.pipeline;

import io.litstream.broker.StartCancelledException;
import io.litstream.ingest.SourcesConfig;
import io.litstream.launcher.config.ConfigOptions;
import io.litstream.launcher.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code litstream run}: the pipeline on your own sources, until stopped. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs the pipeline (or some of its stages) on your sources until Ctrl-C / SIGTERM.",
            "Run `--stages extract` on more machines against the same cluster to scale extraction out:",
            "Kafka Streams shares the partitions among the instances."},
        footer = {"", "Examples:",
            "  litstream run --inbox ~/articles",
            "  litstream run --feed https://example.org/depression.rss --pubmed 'depression AND (therapy OR treatment)'",
            "  litstream run --bootstrap-servers kafka:9092 --stages extract --set extract.threads=2"})
public final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOptions config;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "Stages to run in this process: ${COMPLETION-CANDIDATES}. Default: all.")
    List<StageName> stages = new ArrayList<>(List.of(StageName.values()));

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Folder to read and watch for articles (repeatable). Adds to ingest.dirs.")
    List<Path> inboxes = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "RSS or Atom feed to poll (repeatable). Adds to ingest.feeds.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--sitemap", paramLabel = "URL", description = "XML sitemap to follow (repeatable). Adds to ingest.sitemaps.")
    List<String> sitemaps = new ArrayList<>();

    @Option(names = "--url-list", paramLabel = "FILE", description = "File of page URLs, one per line (repeatable).")
    List<String> urlLists = new ArrayList<>();

    @Option(names = "--pubmed", paramLabel = "QUERY",
            description = "PubMed query to follow through E-utilities (repeatable), e.g. 'depression AND ketamine'.")
    List<String> pubmedQueries = new ArrayList<>();

    @Option(names = "--ctgov", paramLabel = "QUERY",
            description = "ClinicalTrials.gov search to follow (repeatable): a condition, or 'cond=depression&intr=esketamine'.")
    List<String> ctgovQueries = new ArrayList<>();

    @Option(names = "--europepmc", paramLabel = "QUERY",
            description = "Europe PMC query to follow (repeatable), e.g. 'depression AND ketamine'.")
    List<String> europePmcQueries = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Settings settings = config.load(Map.of());
        Map<String, String> sources = new HashMap<>();
        append(settings, sources, Settings.INGEST_DIRS, inboxes.stream().map(Path::toString).toList(), ",");
        append(settings, sources, SourcesConfig.FEEDS, feeds, ",");
        append(settings, sources, SourcesConfig.SITEMAPS, sitemaps, ",");
        append(settings, sources, SourcesConfig.URL_LISTS, urlLists, ",");
        // Queries may contain commas: they are kept apart by semicolons.
        append(settings, sources, SourcesConfig.PUBMED_QUERIES, pubmedQueries, ";");
        append(settings, sources, SourcesConfig.CTGOV_QUERIES, ctgovQueries, ";");
        append(settings, sources, SourcesConfig.EUROPEPMC_QUERIES, europePmcQueries, ";");
        settings = settings.with(sources);
        log.info("settings:\n{}", settings.describe());
        ShutdownSignal signal = new ShutdownSignal(settings.getDuration(Settings.SHUTDOWN_TIMEOUT));
        long stopping = 0;
        // A stop is honoured during start-up too: what is starting is given up, what started closed.
        try (Cluster cluster = Cluster.connect(settings, "run", false, signal::requested);
             Pipeline pipeline = Pipeline.start(settings, cluster.bootstrapServers(), EnumSet.copyOf(stages),
                     signal::requested)) {
            log.info("litstream running stages {} on {}; Ctrl-C to stop",
                    stages.stream().map(Enum::name).collect(Collectors.joining(",")), cluster.bootstrapServers());
            signal.await();
            stopping = System.nanoTime();
            log.info("stopping (bound {}): ingest first, then extract and aggregate commit what they hold ...",
                    settings.require(Settings.SHUTDOWN_TIMEOUT));
        } catch (StartCancelledException e) {
            log.info("stopped during start-up ({})", e.getMessage());
        } finally {
            if (stopping != 0) {
                log.info("stopped in {} ms", (System.nanoTime() - stopping) / 1_000_000);
            }
            signal.done();
        }
        return 0;
    }

    /** Adds command-line values to a list setting, after whatever the file and environment gave. */
    private static void append(Settings settings, Map<String, String> into, String key, List<String> values,
            String separator) {
        if (values.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>();
        settings.get(key).ifPresent(all::add);
        all.addAll(values);
        into.put(key, String.join(separator, all));
    }
}
