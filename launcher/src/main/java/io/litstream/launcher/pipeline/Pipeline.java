package io.litstream.launcher.pipeline;

import io.litstream.aggregate.AggregateStreamsConfig;
import io.litstream.aggregate.AggregateTopology;
import io.litstream.aggregate.query.ClusterSummaryStore;
import io.litstream.aggregate.query.SummaryHttpServer;
import io.litstream.aggregate.query.SummaryStore;
import io.litstream.extract.ArticleExtractor;
import io.litstream.extract.stream.ExtractStreamsConfig;
import io.litstream.extract.stream.ExtractTopology;
import io.litstream.ingest.IngestOptions;
import io.litstream.ingest.IngestService;
import io.litstream.ingest.SourcesConfig;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.launcher.config.Settings;
import io.litstream.ops.OpsAccess;
import io.litstream.ops.OpsHttpServer;
import io.litstream.ops.PipelineMetrics;
import io.litstream.ops.TimedExtractor;
import io.litstream.ops.dashboard.Dashboard;
import io.litstream.topics.TopicProvisioner;
import io.litstream.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages of litstream running against one cluster, any subset of them in this process.
 * Topics are provisioned first; then the stages start against the flow (aggregate, extract,
 * ingest) so that nothing is produced before its consumer is on its way, and close along the
 * flow (ingest first) so that in-flight work drains downstream before the consumers stop.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final Deque<AutoCloseable> closeInOrder = new ArrayDeque<>();
    private final Map<Stage, StreamsRunner> streams = new LinkedHashMap<>();
    private IngestService ingest;
    private SummaryHttpServer http;
    private SummaryStore summaries;
    private OpsHttpServer ops;
    private final PipelineMetrics metrics = new PipelineMetrics();
    private String dashboardUrl;

    private Pipeline() {
    }

    /**
     * Starts {@code stages} against the cluster at {@code bootstrapServers}.
     *
     * @throws RuntimeException when a stage cannot start; whatever had started is closed again
     */
    public static Pipeline start(Settings settings, String bootstrapServers, Set<Stage> stages) {
        Pipeline pipeline = new Pipeline();
        try {
            pipeline.startStages(settings, bootstrapServers, EnumSet.copyOf(stages));
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startStages(Settings settings, String bootstrapServers, Set<Stage> stages) {
        closeInOrder.addLast(metrics);
        // Checked before anything starts: an ops server open to the network without a token never runs.
        OpsAccess access = OpsAccess.forBinding(settings.require(Settings.OPS_HOST), settings.get(Settings.OPS_TOKEN));
        Map<String, Object> client = settings.kafkaClientProperties(bootstrapServers);
        try (Admin admin = Admin.create(client)) {
            new TopicProvisioner(admin).ensure(Topics.all(settings.topicSettings()));
        }
        Path stateRoot = settings.workDir().resolve("state");
        if (stages.contains(Stage.AGGREGATE)) {
            startAggregate(settings, client, stateRoot.resolve("aggregate"));
        }
        if (stages.contains(Stage.EXTRACT)) {
            Properties base = properties(client);
            base.put(StreamsConfig.STATE_DIR_CONFIG, stateRoot.resolve("extract").toString());
            Properties props = ExtractStreamsConfig.properties(base, settings.getInt(Settings.EXTRACT_THREADS));
            StreamsRunner runner = new StreamsRunner("extract",
                    ExtractTopology.build(TimedExtractor.around(ArticleExtractor.supplier(), metrics.extractLatency(),
                            metrics.arms())),
                    props).start();
            streams.put(Stage.EXTRACT, runner);
            closeInOrder.push(runner);
        }
        if (stages.contains(Stage.INGEST)) {
            List<Path> dirs = settings.getList(Settings.INGEST_DIRS).stream().map(Path::of).toList();
            SourcesConfig sources = SourcesConfig.fromSettings(settings::get);
            if (dirs.isEmpty() && sources.isEmpty()) {
                throw new IllegalArgumentException("the ingest stage needs a source: a folder (--inbox, "
                        + Settings.INGEST_DIRS + "), a feed (--feed), a sitemap, a URL list or a PubMed query");
            }
            dirs.forEach(Pipeline::createDirectories);
            IngestOptions options = new IngestOptions(settings.getLong(Settings.INGEST_MAX_BYTES),
                    IngestOptions.defaults().watch(), sources);
            ingest = IngestService.startDurable(client, dirs, options, settings.topicSettings());
            closeInOrder.push(ingest);
        }
        startOps(settings, client, access);
        log.info("pipeline running: {}", stages);
    }

    private void startOps(Settings settings, Map<String, Object> client, OpsAccess access) {
        streams.forEach((stage, runner) -> metrics.bindStreams(runner.name(), runner.streams()));
        if (streams.containsKey(Stage.AGGREGATE)) {
            metrics.bindSummaryUpdates(streams.get(Stage.AGGREGATE).streams());
        }
        if (ingest != null) {
            IngestService service = ingest;
            metrics.bindIngest(service::metrics);
            metrics.bindSources(service::sourceCounters);
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
        if (ingest != null) {
            states.put("ingest", "RUNNING");
        }
        streams.forEach((stage, runner) -> states.put(runner.name(), runner.state().name()));
        return states;
    }

    /** The bound port of the health and metrics server. */
    public int opsPort() {
        return ops.port();
    }

    private void startAggregate(Settings settings, Map<String, Object> client, Path stateDir) {
        String host = settings.require(Settings.HTTP_HOST);
        http = new SummaryHttpServer(host, settings.getInt(Settings.HTTP_PORT));
        closeInOrder.push(http);
        // Other instances route queries to the address advertised here; a wildcard bind is not routable.
        String advertised = ("0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host) + ":" + http.port();
        Properties props = new AggregateStreamsConfig(settings.getInt(Settings.AGGREGATE_THREADS), stateDir, advertised)
                .toProperties(properties(client));
        double threshold = Double.parseDouble(settings.require(Settings.SCORE_THRESHOLD));
        StreamsRunner runner = new StreamsRunner("aggregate", AggregateTopology.build(threshold), props).start();
        streams.put(Stage.AGGREGATE, runner);
        closeInOrder.push(runner);
        // Any instance answers any query: key lookups go to the owning instance, listings merge all.
        summaries = ClusterSummaryStore.of(runner.streams(), advertised);
        http.start(summaries);
        log.info("summaries served at http://{}:{}/therapies", http.host(), http.port());
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
        return Optional.ofNullable(ingest).map(IngestService::metrics);
    }

    /** Ingest's network-source counters ({@code polls}, {@code poll_errors}, {@code failed.<kind>} ...); empty without ingest. */
    public Map<String, Long> ingestSourceCounters() {
        return ingest == null ? Map.of() : ingest.sourceCounters();
    }

    /** The state of each stream stage (RUNNING, REBALANCING, ERROR ...). */
    public Map<Stage, KafkaStreams.State> streamStates() {
        Map<Stage, KafkaStreams.State> states = new LinkedHashMap<>();
        streams.forEach((stage, runner) -> states.put(stage, runner.state()));
        return states;
    }

    /** Per stream stage, how many of its stream threads died of an uncaught error (0 when bad input was all dead-lettered). */
    public Map<Stage, Integer> streamThreadFailures() {
        Map<Stage, Integer> failures = new LinkedHashMap<>();
        streams.forEach((stage, runner) -> failures.put(stage, runner.threadFailures()));
        return failures;
    }

    /** True when every stream stage in this process is RUNNING. */
    public boolean running() {
        return streams.values().stream().allMatch(r -> r.state() == KafkaStreams.State.RUNNING);
    }

    /** Stops intake first, then extract, then aggregate and its API; each gets a bounded time. */
    @Override
    public void close() {
        // closeInOrder holds the last started first: ingest, extract, aggregate, http.
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

    private static Properties properties(Map<String, Object> client) {
        Properties p = new Properties();
        p.putAll(client);
        // Kafka 5 turns this on by default; opting in now keeps behaviour stable across the upgrade.
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return p;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + dir, e);
        }
    }
}
