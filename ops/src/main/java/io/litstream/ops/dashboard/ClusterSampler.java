package io.litstream.ops.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples the cluster every few seconds with one Admin client: each pipeline topic's message
 * count (its end offsets summed over partitions) and each stream application's consumer-group lag,
 * kept for the last minutes in {@link History} rings so the dashboard can draw them and give rates.
 * The stage states come from this process ({@code stageStates}); a stage running elsewhere is
 * described by its group's state on the broker.
 */
public final class ClusterSampler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClusterSampler.class);
    /** Ten minutes of samples at the default period. */
    static final int HISTORY_POINTS = 120;
    /**
     * Five seconds: each sample is five Admin requests the broker answers all day, idle or not,
     * and the dashboard's charts and rates need no finer grain (they span minutes).
     */
    static final Duration PERIOD = Duration.ofSeconds(5);
    private static final long RATE_WINDOW_MILLIS = 60_000;
    private static final long CALL_TIMEOUT_SECONDS = 10;

    /** One topic: partitions, messages written so far, how fast, and the recent counts. */
    public record TopicFigures(String topic, int partitions, long messages, double ratePerSecond,
                               List<History.Point> history) {
    }

    /**
     * One stream application.
     *
     * @param stageState the state of the stage in this process (RUNNING, REBALANCING, ERROR …), or
     *                   {@code NOT_IN_THIS_PROCESS}
     * @param groupState the consumer group's state on the broker (STABLE, PREPARING_REBALANCE, EMPTY …)
     */
    public record GroupFigures(String group, String stage, String stageState, String groupState, long lag,
                               Map<String, Long> lagByTopic, List<History.Point> history) {
    }

    /** Everything the last sample saw; {@code error} says why the last sample failed, if it did. */
    public record Snapshot(long sampledAt, List<TopicFigures> topics, List<GroupFigures> groups, String error) {
    }

    private final Admin admin;
    private final List<String> topics;
    private final Map<String, String> groupStages;
    private final Supplier<Map<String, String>> stageStates;
    private final Map<String, History> topicHistory = new ConcurrentHashMap<>();
    private final Map<String, History> lagHistory = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private volatile Snapshot latest = new Snapshot(0, List.of(), List.of(), null);

    /**
     * @param admin       the client to ask; the caller closes it
     * @param topics      the topics to count, in the order to show them
     * @param groupStages consumer group id to the stage name it belongs to, in the order to show them
     * @param stageStates the states of the stages this process runs, by stage name
     */
    public ClusterSampler(Admin admin, List<String> topics, Map<String, String> groupStages,
            Supplier<Map<String, String>> stageStates) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.groupStages = new LinkedHashMap<>(groupStages);
        this.stageStates = stageStates;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "litstream-dashboard-sampler");
            t.setDaemon(true);
            return t;
        });
    }

    public ClusterSampler start() {
        timer.scheduleWithFixedDelay(this::sampleQuietly, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    public Snapshot latest() {
        return latest;
    }

    /** The latest message count of each topic, by name. */
    public Map<String, Long> messageCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        topicHistory.forEach((topic, h) -> out.put(topic, h.latest()));
        return out;
    }

    /** The latest total lag of each group, by group id. */
    public Map<String, Long> lags() {
        Map<String, Long> out = new LinkedHashMap<>();
        lagHistory.forEach((group, h) -> out.put(group, h.latest()));
        return out;
    }

    private void sampleQuietly() {
        try {
            latest = sample(System.currentTimeMillis());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.debug("dashboard sample failed: {}", why);
            latest = new Snapshot(latest.sampledAt(), latest.topics(), latest.groups(), why);
        }
    }

    Snapshot sample(long now) throws Exception {
        Collection<String> existing = admin.listTopics().names().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<String> present = topics.stream().filter(existing::contains).toList();
        Map<String, TopicDescription> described = present.isEmpty() ? Map.of()
                : admin.describeTopics(present).allTopicNames().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);

        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = committedOffsets();

        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(
                p -> wanted.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        committed.values().forEach(m -> m.keySet().stream().filter(tp -> existing.contains(tp.topic()))
                .forEach(tp -> wanted.put(tp, OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        if (!wanted.isEmpty()) {
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> infos =
                    admin.listOffsets(wanted).all().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            infos.forEach((tp, info) -> ends.put(tp, info.offset()));
        }

        List<TopicFigures> topicFigures = new ArrayList<>();
        for (String topic : topics) {
            TopicDescription d = described.get(topic);
            long messages = ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                    .mapToLong(Map.Entry::getValue).sum();
            History h = topicHistory.computeIfAbsent(topic, t -> new History(HISTORY_POINTS));
            h.add(now, messages);
            topicFigures.add(new TopicFigures(topic, d == null ? 0 : d.partitions().size(), messages,
                    h.ratePerSecond(RATE_WINDOW_MILLIS), h.points()));
        }

        Map<String, String> groupStates = groupStates();
        Map<String, String> stages = stageStates.get();
        List<GroupFigures> groupFigures = new ArrayList<>();
        for (Map.Entry<String, String> g : groupStages.entrySet()) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            committed.getOrDefault(g.getKey(), Map.of())
                    .forEach((tp, om) -> offsets.put(tp, om == null ? null : om.offset()));
            ConsumerLag lag = ConsumerLag.of(offsets, ends);
            History h = lagHistory.computeIfAbsent(g.getKey(), k -> new History(HISTORY_POINTS));
            h.add(now, lag.total());
            groupFigures.add(new GroupFigures(g.getKey(), g.getValue(),
                    stages.getOrDefault(g.getValue(), "NOT_IN_THIS_PROCESS"),
                    groupStates.getOrDefault(g.getKey(), "UNKNOWN"), lag.total(), lag.byTopic(), h.points()));
        }
        return new Snapshot(now, topicFigures, groupFigures, null);
    }

    /** Each group's committed offsets; a group the broker cannot describe (not there yet) has none. */
    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committedOffsets() throws InterruptedException {
        Map<String, Map<TopicPartition, OffsetAndMetadata>> out = new HashMap<>();
        for (String group : groupStages.keySet()) {
            try {
                out.put(group, admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                log.debug("no offsets for group {}: {}", group, e.toString());
            }
        }
        return out;
    }

    private Map<String, String> groupStates() {
        Map<String, String> out = new HashMap<>();
        try {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(groupStages.keySet()).all()
                    .get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            groups.forEach((id, d) -> out.put(id, d.groupState().name()));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // A group that does not exist yet fails the call; its state is simply unknown.
        }
        return out;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
