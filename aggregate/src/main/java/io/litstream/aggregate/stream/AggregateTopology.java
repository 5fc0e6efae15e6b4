package io.litstream.aggregate.stream;

import static io.litstream.topics.PipelineTopics.EXTRACTIONS;
import static io.litstream.topics.PipelineTopics.SUMMARIES;
import static io.litstream.topics.PipelineTopics.THERAPY_EVENTS;

import io.litstream.aggregate.arm.CandidateTherapies;
import io.litstream.aggregate.contribution.ByTherapyPartitioner;
import io.litstream.aggregate.contribution.ContributionBatch;
import io.litstream.aggregate.contribution.ContributionSplitter;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.event.EventRules;
import io.litstream.aggregate.event.TherapyEventDeriver;
import io.litstream.aggregate.header.SchemaVersionHeader;
import io.litstream.aggregate.serde.ContributionBatchSerde;
import io.litstream.aggregate.serde.RecentValuesSerde;
import io.litstream.aggregate.summary.SummaryChange;
import io.litstream.aggregate.summary.SummaryUpdater;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.summary.TherapySummary;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds article extractions into one summary per therapy.
 *
 * <pre>
 * extractions (articleId → extraction | null), kept as the articles table (its changelog is the topic itself)
 *   → split:       (articleId → batch) per partition the article touches: its changed contributions
 *                  (therapyId|articleId in the table) and the therapies it dropped
 *   → repartition: partitioned by therapyId, so a therapy's contributions meet its summary in one task
 *   → summarise:   live contributions and summaries side by side; per change, subtract the old contribution, add the new
 *   → summaries   (therapyId → summary | null when no live article mentions it), once per therapy per commit
 *   → events:      from the summary just before and just after each change (therapyId → event)*
 * </pre>
 *
 * Because every summary is maintained from the live contributions, an updated article
 * replaces its old contribution (subtract old, add new), a retraction subtracts it, and a
 * re-delivered article replaces a contribution with an equal one, which changes nothing: the
 * counts stay a function of the live articles. Two tasks per partition and one repartition
 * topic: every internal topic costs the broker appends and transaction markers on each commit,
 * and every task boundary adds a commit interval to publish→summary latency.
 */
public final class AggregateTopology {
    /** The contributions store, key {@code therapyId|articleId}. */
    public static final String CONTRIBUTION_STORE = "contributions";
    /** The articles store, key article id: the latest extraction of each article. */
    public static final String ARTICLE_STORE = "articles";
    /** The summaries store, key therapy id; what the query API reads. */
    public static final String SUMMARY_STORE = "therapy-summaries";

    /** The summariser's two children: it sends them different records (see SummaryUpdater). */
    private static final String SUMMARIES_CHILD = "summary-after-change";
    private static final String EVENTS_CHILD = "derive-events";

    /** Values each stream thread keeps to skip repeated JSON work: a few busy therapies' worth. */
    private static final int RECENT_VALUES = 256;
    /** Extractions each stream thread remembers: the one being split, stored as the bytes it came in. */
    private static final int RECENT_EXTRACTIONS = 4;

    /** The score threshold SCORE_CROSSED_THRESHOLD events report by default. */
    public static final double DEFAULT_SCORE_THRESHOLD = 0.5;
    /** Partitions of the contributions topic by default: the default of {@code topics.partitions}. */
    public static final int DEFAULT_PARTITIONS = 4;

    private AggregateTopology() {
    }

    /** The topology with the default score threshold. */
    public static Topology build() {
        return build(DEFAULT_SCORE_THRESHOLD);
    }

    /** The topology; {@code scoreThreshold} is the score whose crossing is a change event. */
    public static Topology build(double scoreThreshold) {
        return build(scoreThreshold, CandidateTherapies.DEFAULT_PROMOTE_AFTER);
    }

    /**
     * The topology; {@code scoreThreshold} is the score whose crossing is a change event,
     * {@code promoteAfter} the distinct live articles an unmapped arm needs to become a therapy.
     */
    public static Topology build(double scoreThreshold, int promoteAfter) {
        return build(scoreThreshold, promoteAfter, DEFAULT_PARTITIONS);
    }

    /**
     * The topology; {@code scoreThreshold} is the score whose crossing is a change event,
     * {@code promoteAfter} the distinct live articles an unmapped arm needs to become a therapy,
     * {@code partitions} the partitions of the contributions repartition topic (a running
     * deployment's: the extractions topic's, which Kafka Streams gave it before batches).
     */
    public static Topology build(double scoreThreshold, int promoteAfter, int partitions) {
        EventRules eventRules = new EventRules(scoreThreshold);
        Serde<String> keys = Serdes.String();
        // Per stream thread, the last values seen are neither parsed nor written twice (see RecentValuesSerde).
        Serde<ArticleExtraction> extractions = new RecentValuesSerde<>(EXTRACTIONS.valueSerde(), RECENT_EXTRACTIONS);
        Serde<TherapyContribution> contributions =
                new RecentValuesSerde<>(new JsonSerde<>(TherapyContribution.class), RECENT_VALUES);
        Serde<TherapySummary> summaries = new RecentValuesSerde<>(SUMMARIES.valueSerde(), RECENT_VALUES);
        Serde<ContributionBatch> batches = new ContributionBatchSerde(contributions);

        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, SummaryChange> changes = builder
                // The latest extraction per article, for GET /articles/{id}. The extractions topic is
                // compacted, so it is this table's changelog (see optimizations()): no second copy.
                .table(EXTRACTIONS.name(), Consumed.with(keys, extractions).withName("extractions"),
                        Materialized.<String, ArticleExtraction, KeyValueStore<Bytes, byte[]>>as(ARTICLE_STORE)
                                .withKeySerde(keys).withValueSerde(extractions).withCachingDisabled())
                .toStream(Named.as("extraction-changes"))
                .process(ContributionSplitter.supplier(contributions, partitions), Named.as("split-contributions"))
                // One batch per article and partition; the partition is its therapies', through an
                // explicit, stably named topic whose partition count the splitter grouped for.
                .repartition(Repartitioned.with(keys, batches)
                        .withName("contributions")
                        .withNumberOfPartitions(partitions)
                        .withStreamPartitioner(new ByTherapyPartitioner()))
                .process(SummaryUpdater.supplier(CONTRIBUTION_STORE, contributions, SUMMARY_STORE, summaries,
                                SUMMARIES_CHILD, EVENTS_CHILD, promoteAfter),
                        Named.as("summarise"));
        changes.mapValues(SummaryChange::after, Named.as(SUMMARIES_CHILD))
                .processValues(SchemaVersionHeader.<TherapySummary>of(SUMMARIES.schemaVersion()),
                        Named.as("stamp-summary-schema-version"))
                .to(SUMMARIES.name(), Produced.with(keys, summaries).withName("summaries"));
        changes.process(TherapyEventDeriver.supplier(eventRules), Named.as(EVENTS_CHILD))
                .to(THERAPY_EVENTS.name(), Produced.with(THERAPY_EVENTS.keySerde(), THERAPY_EVENTS.valueSerde()).withName("events"));
        return builder.build(optimizations());
    }

    /**
     * The one optimisation the topology is built with: a table read from a topic uses that topic as
     * its changelog. Without it the articles store wrote every extraction to a changelog of its own,
     * a seventh of the bytes the broker stored per article in the benchmark.
     */
    static Properties optimizations() {
        Properties p = new Properties();
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
        return p;
    }
}
