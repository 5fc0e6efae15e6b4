package io.litstream.aggregate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.aggregate.stream.AggregateStreamsConfig;
import io.litstream.aggregate.stream.AggregateTopology;
import io.litstream.aggregate.contribution.ContributionBatch;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.serde.ContributionBatchSerde;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.aggregate.query.KafkaStreamsSummaryStore;
import io.litstream.topics.Topics;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The whole aggregate topology in a {@link TopologyTestDriver}, with the production properties,
 * plus the live set of articles it has been fed so that tests can compare against
 * {@link ReferenceSummaries}.
 */
public final class AggregateDriver implements AutoCloseable {
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, ArticleExtraction> extractions;
    private final TestOutputTopic<String, TherapySummary> summaries;
    private final TestOutputTopic<byte[], byte[]> deadLetters;
    private final TestOutputTopic<String, TherapyEvent> eventTopic;
    private final TestOutputTopic<String, ContributionBatch> contributionTopic;
    /** Every change event so far, in order, with headers. */
    private final List<TestRecord<String, TherapyEvent>> events = new ArrayList<>();
    /** Every summary record so far, with headers. */
    private final List<TestRecord<String, TherapySummary>> summaryRecords = new ArrayList<>();
    private final Map<String, ArticleExtraction> live = new HashMap<>();
    /** The summaries topic as a compacted consumer sees it: latest value per key, tombstones delete. */
    private final Map<String, TherapySummary> compacted = new TreeMap<>();
    /** Every record read from the summaries topic so far, in order. */
    private final List<KeyValue<String, TherapySummary>> history = new ArrayList<>();

    /** The topology with its production properties. */
    public AggregateDriver(Path stateDir) {
        this(stateDir, new Properties());
    }

    /** The topology with its production properties, then {@code overrides}. */
    public AggregateDriver(Path stateDir, Properties overrides) {
        this(stateDir, overrides, AggregateTopology.DEFAULT_SCORE_THRESHOLD);
    }

    /** The topology with its production properties, then {@code overrides}, and a score threshold. */
    public AggregateDriver(Path stateDir, Properties overrides, double scoreThreshold) {
        Properties base = new Properties();
        base.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        Properties props = AggregateStreamsConfig.defaults(stateDir).toProperties(base);
        props.putAll(overrides);
        driver = new TopologyTestDriver(AggregateTopology.build(scoreThreshold), props);
        extractions = driver.createInputTopic(Topics.EXTRACTIONS,
                Serdes.String().serializer(), LitstreamSerdes.extraction().serializer());
        summaries = driver.createOutputTopic(Topics.SUMMARIES,
                Serdes.String().deserializer(), LitstreamSerdes.summary().deserializer());
        eventTopic = driver.createOutputTopic(Topics.THERAPY_EVENTS,
                Serdes.String().deserializer(), LitstreamSerdes.event().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS,
                Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
        contributionTopic = driver.createOutputTopic(CONTRIBUTION_TOPIC, Serdes.String().deserializer(),
                new ContributionBatchSerde(new JsonSerde<>(TherapyContribution.class)).deserializer());
    }

    /** The internal topic between the splitter and the summariser. */
    public static final String CONTRIBUTION_TOPIC = AggregateStreamsConfig.APPLICATION_ID + "-contributions-repartition";

    /** The records the splitter has sent to the summariser since the last call. */
    public List<TestRecord<String, ContributionBatch>> readContributionBatches() {
        return contributionTopic.readRecordsToList();
    }

    /**
     * Writes one record to the splitter's output topic as the version before batches did: a
     * contribution as JSON keyed {@code therapyId|articleId}, or a tombstone (null) under that key.
     */
    public void putLegacyContribution(String key, TherapyContribution contribution) {
        driver.createInputTopic(CONTRIBUTION_TOPIC, Serdes.String().serializer(),
                new JsonSerde<>(TherapyContribution.class).serializer()).pipeInput(key, contribution);
        drain();
    }

    /** Publishes a (new version of an) article. */
    public void put(ArticleExtraction article) {
        extractions.pipeInput(article.articleId(), article);
        live.put(article.articleId(), article);
        drain();
    }

    /** Publishes a (new version of an) article with record headers. */
    public void put(ArticleExtraction article, Headers headers) {
        extractions.pipeInput(new TestRecord<>(article.articleId(), article, headers));
        live.put(article.articleId(), article);
        drain();
    }

    /** Publishes a retraction. */
    public void retract(String articleId) {
        extractions.pipeInput(articleId, null);
        live.remove(articleId);
        drain();
    }

    /** Writes raw bytes to the extractions topic, as a broken producer would. */
    public void putRaw(String articleId, byte[] value) {
        driver.createInputTopic(Topics.EXTRACTIONS, Serdes.String().serializer(), Serdes.ByteArray().serializer())
                .pipeInput(articleId, value);
        drain();
    }

    /** The dead letters written since the last call. */
    public List<TestRecord<byte[], byte[]>> readDeadLetters() {
        return deadLetters.readRecordsToList();
    }

    /** The summaries store, therapy id → summary. */
    public Map<String, TherapySummary> store() {
        Map<String, TherapySummary> out = new TreeMap<>();
        try (KeyValueIterator<String, TherapySummary> it = summaryStore().all()) {
            it.forEachRemaining(kv -> out.put(kv.key, kv.value));
        }
        return out;
    }

    public KeyValueStore<String, TherapySummary> summaryStore() {
        return driver.getKeyValueStore(AggregateTopology.SUMMARY_STORE);
    }

    public KeyValueStore<String, TherapyContribution> contributionStore() {
        return driver.getKeyValueStore(AggregateTopology.CONTRIBUTION_STORE);
    }

    public KeyValueStore<String, ArticleExtraction> articleStore() {
        return driver.getKeyValueStore(AggregateTopology.ARTICLE_STORE);
    }

    /** The topics the topology has written to so far, internal ones included. */
    public java.util.Set<String> producedTopics() {
        return driver.producedTopicNames();
    }

    /** A query store over this driver's stores, as a running instance would have. */
    public KafkaStreamsSummaryStore queryStore() {
        return new KafkaStreamsSummaryStore(this::summaryStore, this::contributionStore, this::articleStore);
    }

    /** The summaries topic after compaction. */
    public Map<String, TherapySummary> compactedTopic() {
        return new TreeMap<>(compacted);
    }

    /** Every record on the summaries topic so far. */
    public List<KeyValue<String, TherapySummary>> history() {
        return List.copyOf(history);
    }

    public Map<String, ArticleExtraction> live() {
        return new LinkedHashMap<>(live);
    }

    /**
     * The property that matters: the store's exact counts equal a from-scratch computation over
     * the live articles, and the compacted topic says the same as the store.
     */
    public void assertMatchesReference() {
        assertEquals(ReferenceSummaries.compute(live.values()), ReferenceSummaries.project(store()),
                "summaries store vs. a from-scratch computation over the live articles");
        assertEquals(store(), compactedTopic(), "compacted summaries topic vs. store");
    }

    /** Every change event so far, in order. */
    public List<TestRecord<String, TherapyEvent>> events() {
        return List.copyOf(events);
    }

    /** Every summary record so far, in order, with its headers. */
    public List<TestRecord<String, TherapySummary>> summaryRecords() {
        return List.copyOf(summaryRecords);
    }

    private void drain() {
        events.addAll(eventTopic.readRecordsToList());
        for (TestRecord<String, TherapySummary> r : summaries.readRecordsToList()) {
            summaryRecords.add(r);
            KeyValue<String, TherapySummary> kv = KeyValue.pair(r.key(), r.value());
            history.add(kv);
            if (kv.value == null) {
                compacted.remove(kv.key);
            } else {
                compacted.put(kv.key, kv.value);
            }
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
