package io.litstream.ops.dashboard;

import io.litstream.aggregate.AggregateStreamsConfig;
import io.litstream.aggregate.query.SummaryStore;
import io.litstream.extract.stream.ExtractStreamsConfig;
import io.litstream.ops.OpsHttpServer;
import io.litstream.ops.PipelineMetrics;
import io.litstream.topics.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The operators' live dashboard of one litstream process: what it watches (the topics' counts and
 * rates, the stream applications' lag and state, the dead letters, the therapy events) and the
 * pages and JSON API it serves on the ops port ({@link DashboardRoutes}). Everything it keeps is
 * bounded; it reads the cluster with one Admin client and one manually assigned consumer.
 */
public final class Dashboard implements AutoCloseable {
    /** The pipeline's topics, in the direction data flows. */
    static final List<String> TOPICS = List.of(Topics.RAW_ARTICLES, Topics.EXTRACTIONS, Topics.SUMMARIES,
            Topics.THERAPY_EVENTS, Topics.DEAD_LETTERS);
    static final int LATEST_DEAD_LETTERS = 20;

    private final Admin admin;
    private final ClusterSampler sampler;
    private final DeadLetterLog deadLetters = new DeadLetterLog(LATEST_DEAD_LETTERS);
    private final TherapyEventLog events = new TherapyEventLog(5_000, 20);
    private final TopicFollower follower;
    private final TopicPresence topicsPresent;
    private final Supplier<Map<String, String>> stageStates;
    private final Supplier<Optional<SummaryStore>> summaries;

    private Dashboard(Map<String, Object> client, Supplier<Map<String, String>> stageStates,
            Supplier<Optional<SummaryStore>> summaries) {
        this.stageStates = stageStates;
        this.summaries = summaries;
        Map<String, Object> adminProps = new LinkedHashMap<>(client);
        adminProps.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "litstream-dashboard");
        adminProps.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        adminProps.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(adminProps);
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(ExtractStreamsConfig.APPLICATION_ID, "extract");
        groups.put(AggregateStreamsConfig.APPLICATION_ID, "aggregate");
        this.sampler = new ClusterSampler(admin, TOPICS, groups, stageStates);
        this.topicsPresent = new TopicPresence(admin, TOPICS, 5_000);
        this.follower = new TopicFollower(client, Map.of(
                Topics.DEAD_LETTERS, deadLetters::add,
                Topics.THERAPY_EVENTS, events::add));
    }

    /**
     * Starts watching the cluster.
     *
     * @param client      Kafka client properties (bootstrap and security settings)
     * @param stageStates the states of the stages in this process, by stage name
     * @param summaries   the therapy summaries, when this process runs aggregate
     */
    public static Dashboard start(Map<String, Object> client, Supplier<Map<String, String>> stageStates,
            Supplier<Optional<SummaryStore>> summaries) {
        Dashboard dashboard = new Dashboard(client, stageStates, summaries);
        dashboard.sampler.start();
        dashboard.follower.start();
        return dashboard;
    }

    /** Adds the pages and the API to {@code server}. */
    public void serveOn(OpsHttpServer server) {
        new DashboardRoutes(this).addTo(server);
    }

    /** Publishes the sampled figures as metrics. */
    public void bindMetrics(PipelineMetrics metrics) {
        List<String> groups = List.of(ExtractStreamsConfig.APPLICATION_ID, AggregateStreamsConfig.APPLICATION_ID);
        metrics.bindCluster(TOPICS, topic -> sampler.messageCounts().getOrDefault(topic, 0L), groups,
                group -> sampler.lags().getOrDefault(group, 0L), deadLetters::count);
    }

    /** Whether the pipeline's topics exist (asked at most every 5 s). */
    public BooleanSupplier topicsPresent() {
        return topicsPresent;
    }

    public ClusterSampler sampler() {
        return sampler;
    }

    public DeadLetterLog deadLetters() {
        return deadLetters;
    }

    TherapyEventLog events() {
        return events;
    }

    Map<String, String> stageStates() {
        return stageStates.get();
    }

    Optional<SummaryStore> summaries() {
        return summaries.get();
    }

    @Override
    public void close() {
        follower.close();
        sampler.close();
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
