package io.litstream.launcher.pipeline;

import io.litstream.aggregate.query.ClusterSummaryStore;
import io.litstream.aggregate.query.SummaryHttpServer;
import io.litstream.aggregate.query.SummaryStore;
import io.litstream.aggregate.stream.AggregateStage;
import io.litstream.broker.StartCancelledException;
import io.litstream.extract.ArticleExtractor;
import io.litstream.extract.stream.ExtractStage;
import io.litstream.ingest.IngestOptions;
import io.litstream.ingest.IngestStage;
import io.litstream.ingest.directory.DirectorySource;
import io.litstream.ingest.SourcesConfig;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.launcher.config.Settings;
import io.litstream.ops.KafkaMetricsDetail;
import io.litstream.ops.OpsAccess;
import io.litstream.ops.OpsHttpServer;
import io.litstream.ops.PipelineMetrics;
import io.litstream.ops.TimedExtractor;
import io.litstream.ops.dashboard.Dashboard;
import io.litstream.topics.TopicProvisioner;
import io.litstream.topics.Topics;
import io.litstream.topics.stage.Stage;
import io.litstream.topics.stage.StageContext;
import io.litstream.topics.stage.StreamsStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages of litstream running against one cluster, any subset of them in this process.
 * Topics are provisioned first; then the chosen {@link Stage}s, listed in flow order (ingest,
 * extract, aggregate), start against the flow so that nothing is produced before its consumer is
 * on its way, and close along the flow (ingest first) so that in-flight work drains downstream
 * before the consumers stop. Every stage starts the same way; what is wired around them here is
 * the summaries API (bound before aggregate starts, since aggregate advertises its address), the
 * ops server, the dashboard and the metrics.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final Deque<AutoCloseable> closeInOrder = new ArrayDeque<>();
    /** The running stages in flow order. */
    private final Map<StageName, Stage> stages = new LinkedHashMap<>();
    private SummaryHttpServer http;
    /** The summaries API's address as aggregate advertises it to the other instances. */
    private String advertised;
    private SummaryStore summaries;
    private OpsHttpServer ops;
    private final PipelineMetrics metrics;
    private String dashboardUrl;

    private Pipeline(KafkaMetricsDetail kafkaMetrics) {
        metrics = new PipelineMetrics(kafkaMetrics);
    }

    /**
     * Starts {@code stages} against the cluster at {@code bootstrapServers}.
     *
     * @throws RuntimeException when a stage cannot start; whatever had started is closed again
     */
    public static Pipeline start(Settings settings, String bootstrapServers, Set<StageName> stages) {
        return start(settings, bootstrapServers, stages, () -> false);
    }

    /**
     * As {@link #start(Settings, String, Set)}, but {@code stopRequested} is checked between the
     * steps of start-up (topics, each stage, the servers): once it is true, what had started is
     * closed along the flow and {@link StartCancelledException} thrown, instead of finishing a
     * start-up nobody wants any more.
     */
    public static Pipeline start(Settings settings, String bootstrapServers, Set<StageName> stages,
            BooleanSupplier stopRequested) {
        Pipeline pipeline = new Pipeline(settings.getEnum(Settings.OPS_METRICS_KAFKA, KafkaMetricsDetail.class,
                KafkaMetricsDetail.SUMMARY));
        try {
            pipeline.startStages(settings, bootstrapServers, EnumSet.copyOf(stages), stopRequested);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startStages(Settings settings, String bootstrapServers, Set<StageName> chosen,
            BooleanSupplier stopRequested) {
        closeInOrder.addLast(metrics);
        // Checked before anything starts: an ops server open to the network without a token never runs.
        OpsAccess access = OpsAccess.forBinding(settings.require(Settings.OPS_HOST), settings.get(Settings.OPS_TOKEN));
        Map<String, Object> client = settings.kafkaClientProperties(bootstrapServers);
        try (Admin admin = Admin.create(client)) {
            new TopicProvisioner(admin).ensure(Topics.all(settings.topicSettings()));
        }
        cancelIfRequested(stopRequested);
        StageContext context = new StageContext(client, settings.topicSettings(), settings.workDir());
        List<Stage> flow = new ArrayList<>();
        for (StageName name : chosen) {
            Stage stage = build(name, settings);
            stages.put(name, stage);
            flow.add(stage);
        }
        Collections.reverse(flow);
        for (Stage stage : flow) {
            cancelIfRequested(stopRequested);
            // Pushed before it starts: a stage that fails half-way is closed with the rest.
            closeInOrder.push(stage);
            stage.start(context);
        }
        cancelIfRequested(stopRequested);
        if (http != null) {
            serveSummaries((StreamsStage) stages.get(StageName.AGGREGATE));
        }
        startOps(settings, client, access);
        log.info("pipeline running: {}", chosen);
    }

    private static void cancelIfRequested(BooleanSupplier stopRequested) {
        if (stopRequested.getAsBoolean()) {
            log.info("stop requested during start-up: closing what has started");
            throw new StartCancelledException("the pipeline");
        }
    }

    /** The stage {@code name} names, built from its settings; aggregate's API is bound here too. */
    private Stage build(StageName name, Settings settings) {
        return switch (name) {
            case INGEST -> ingestStage(settings);
            case EXTRACT -> new ExtractStage(settings.getInt(Settings.EXTRACT_THREADS),
                    TimedExtractor.around(ArticleExtractor.supplier(), metrics.extractLatency(), metrics.arms()));
            case AGGREGATE -> new AggregateStage(settings.getInt(Settings.AGGREGATE_THREADS),
                    Double.parseDouble(settings.require(Settings.SCORE_THRESHOLD)),
                    settings.getInt(Settings.ARMS_PROMOTE_AFTER), bindSummariesApi(settings));
        };
    }

    private static IngestStage ingestStage(Settings settings) {
        List<Path> dirs = settings.getList(Settings.INGEST_DIRS).stream().map(Path::of).toList();
        SourcesConfig sources = SourcesConfig.fromSettings(settings::get);
        if (dirs.isEmpty() && sources.isEmpty()) {
            throw new IllegalArgumentException("the ingest stage needs a source: a folder (--inbox, "
                    + Settings.INGEST_DIRS + "), a feed (--feed), a sitemap, a URL list, a PubMed, Europe PMC or ClinicalTrials.gov query");
        }
        dirs.forEach(Pipeline::createDirectories);
        return new IngestStage(dirs, new IngestOptions(settings.getLong(Settings.INGEST_MAX_BYTES),
                IngestOptions.defaults().watch().withSettle(settings.getDuration(Settings.INGEST_DIRS_SETTLE)), sources, settings.pdfLimits(),
                settings.getEnum(Settings.INGEST_DIRS_ON_DELETE, DirectorySource.OnDelete.class,
                        DirectorySource.OnDelete.IGNORE)));
    }

    /** Binds the summaries API and returns the address aggregate advertises for it. */
    private String bindSummariesApi(Settings settings) {
        String host = settings.require(Settings.HTTP_HOST);
        http = new SummaryHttpServer(host, settings.getInt(Settings.HTTP_PORT));
        // Closed after aggregate: pushed first, it sits below every stage.
        closeInOrder.push(http);
        // Other instances route queries to the address advertised here; a wildcard bind is not routable.
        advertised = ("0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host) + ":" + http.port();
        return advertised;
    }

    private void serveSummaries(StreamsStage aggregate) {
        // Any instance answers any query: key lookups go to the owning instance, listings merge all.
        summaries = ClusterSummaryStore.of(aggregate.runner().streams(), advertised);
        http.start(summaries);
        log.info("summaries served at http://{}:{}/therapies", http.host(), http.port());
    }

    private void startOps(Settings settings, Map<String, Object> client, OpsAccess access) {
        streamStages().forEach((name, stage) -> metrics.bindStreams(stage.name(), stage.runner().streams()));
        if (stages.get(StageName.AGGREGATE) instanceof StreamsStage aggregate) {
            metrics.bindSummaryUpdates(aggregate.runner().streams());
        }
        if (stages.get(StageName.INGEST) instanceof IngestStage ingest) {
            metrics.bindIngest(ingest::metrics);
            metrics.bindSources(ingest::sourceCounters);
        }
        Dashboard dashboard = Dashboard.start(client, this::stageStates, this::summaries);
        closeInOrder.remove(metrics);
        // Closed last: health answers (DOWN) while the stages drain, metrics until the end.
        closeInOrder.addLast(dashboard);
        String host = settings.require(Settings.OPS_HOST);
        ops = new OpsHttpServer(host, settings.getInt(Settings.OPS_PORT), access, this::stageStates,
                dashboard.topicsPresent(), metrics);
        closeInOrder.addLast(ops);
        closeInOrder.addLast(metrics);
        dashboard.serveOn(ops);
        dashboard.bindMetrics(metrics);
        String shown = "0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : host;
        dashboardUrl = "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + ops.port() + "/dashboard/";
        log.info("health and metrics at http://{}:{}/health/ready and /metrics; dashboard at {}{}", host, ops.port(),
                dashboardUrl, access.requiresToken() ? " (needs the ops token: ?token=<ops.token>)" : "");
    }

    /** The dashboard's address (add {@code ?token=} when {@code ops.token} is set). */
    public String dashboardUrl() {
        return dashboardUrl;
    }

    /** Every stage in this process with its state: stream stages as Kafka Streams reports them. */
    public Map<String, String> stageStates() {
        Map<String, String> states = new LinkedHashMap<>();
        stages.values().forEach(stage -> states.put(stage.name(), stage.state()));
        return states;
    }

    /** The bound port of the health and metrics server. */
    public int opsPort() {
        return ops.port();
    }

    /** The summaries, when this process runs the aggregate stage. */
    public Optional<SummaryStore> summaries() {
        return Optional.ofNullable(summaries);
    }

    /** The bound port of the summaries API, when this process serves it. */
    public Optional<Integer> httpPort() {
        return Optional.ofNullable(http).map(SummaryHttpServer::port);
    }

    /** Ingest's counters, when this process runs the ingest stage. */
    public Optional<IngestMetrics> ingestMetrics() {
        return ingest().map(IngestStage::metrics);
    }

    /** Ingest's network-source counters ({@code polls}, {@code poll_errors}, {@code failed.<kind>} ...); empty without ingest. */
    public Map<String, Long> ingestSourceCounters() {
        return ingest().map(IngestStage::sourceCounters).orElse(Map.of());
    }

    private Optional<IngestStage> ingest() {
        return stages.get(StageName.INGEST) instanceof IngestStage ingest ? Optional.of(ingest) : Optional.empty();
    }

    /** The state of each stream stage (RUNNING, REBALANCING, ERROR ...). */
    public Map<StageName, KafkaStreams.State> streamStates() {
        Map<StageName, KafkaStreams.State> states = new LinkedHashMap<>();
        streamStages().forEach((name, stage) -> states.put(name, stage.runner().state()));
        return states;
    }

    /** Per stream stage, how many of its stream threads died of an uncaught error (0 when bad input was all dead-lettered). */
    public Map<StageName, Integer> streamThreadFailures() {
        Map<StageName, Integer> failures = new LinkedHashMap<>();
        streamStages().forEach((name, stage) -> failures.put(name, stage.runner().threadFailures()));
        return failures;
    }

    /** True when every stream stage in this process is RUNNING. */
    public boolean running() {
        return streamStates().values().stream().allMatch(state -> state == KafkaStreams.State.RUNNING);
    }

    /** The Kafka Streams stages in flow order (extract, aggregate), each started. */
    private Map<StageName, StreamsStage> streamStages() {
        Map<StageName, StreamsStage> streams = new LinkedHashMap<>();
        stages.forEach((name, stage) -> {
            if (stage instanceof StreamsStage s) {
                streams.put(name, s);
            }
        });
        return streams;
    }

    /** Stops intake first, then extract, then aggregate and its API; each gets a bounded time. */
    @Override
    public void close() {
        // closeInOrder holds the last started first: ingest, extract, aggregate, the summaries API.
        while (!closeInOrder.isEmpty()) {
            AutoCloseable c = closeInOrder.pop();
            try {
                c.close();
            } catch (Exception e) {
                log.warn("error while stopping {}", c, e);
            }
        }
        log.info("pipeline stopped");
    }

    private static void createDirectories(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                // Said out loud: a mistyped --inbox would otherwise be an empty folder watched in silence.
                log.warn("the inbox {} did not exist; created it (empty)", dir.toAbsolutePath());
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + dir, e);
        }
    }
}
