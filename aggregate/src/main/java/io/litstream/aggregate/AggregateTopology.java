package io.litstream.aggregate;

import io.litstream.aggregate.contribution.ContributionSplitter;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.event.EventRules;
import io.litstream.aggregate.event.TherapyEventDeriver;
import io.litstream.aggregate.header.SchemaVersionHeader;
import io.litstream.aggregate.serde.RecentValuesSerde;
import io.litstream.aggregate.summary.SummaryMath;
import io.litstream.topics.Topics;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.schema.TopicSchemas;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
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
 * extractions (articleId → extraction | null)
 *   → split:       (therapyId|articleId → contribution | null), tombstones for what the article dropped
 *   → repartition: by therapyId|articleId
 *   → table:       the live contributions
 *   → group by therapyId, aggregate with adder/subtractor
 *   → summaries   (therapyId → summary | null when no live article mentions it)
 *   → events:      compare with the previous summary of the therapy → (therapyId → event)*
 * </pre>
 *
 * Because every summary is maintained from a table of contributions, an updated article
 * replaces its old contribution (subtract old, add new), a retraction subtracts it, and a
 * re-delivered article replaces a contribution with an equal one: the counts stay a function
 * of the live articles.
 */
public final class AggregateTopology {
    /** The contributions table, key {@code therapyId|articleId}. */
    public static final String CONTRIBUTION_STORE = "contributions";
    /** The summaries table, key therapy id; what the query API reads. */
    public static final String SUMMARY_STORE = "therapy-summaries";

    /** Values each stream thread keeps to skip repeated JSON work: a few busy therapies' worth. */
    private static final int RECENT_VALUES = 256;

    /** The score threshold SCORE_CROSSED_THRESHOLD events report by default. */
    public static final double DEFAULT_SCORE_THRESHOLD = 0.5;

    private AggregateTopology() {
    }

    /** The topology with the default score threshold. */
    public static Topology build() {
        return build(DEFAULT_SCORE_THRESHOLD);
    }

    /** The topology; {@code scoreThreshold} is the score whose crossing is a change event. */
    public static Topology build(double scoreThreshold) {
        EventRules eventRules = new EventRules(scoreThreshold);
        Serde<String> keys = Serdes.String();
        Serde<ArticleExtraction> extractions = LitstreamSerdes.extraction();
        // Per stream thread, the last values seen are neither parsed nor written twice (see RecentValuesSerde).
        Serde<TherapyContribution> contributions =
                new RecentValuesSerde<>(new JsonSerde<>(TherapyContribution.class), RECENT_VALUES);
        Serde<TherapySummary> summaries = new RecentValuesSerde<>(LitstreamSerdes.summary(), RECENT_VALUES);

        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, TherapySummary> changes = builder
                .stream(Topics.EXTRACTIONS, Consumed.with(keys, extractions).withName("extractions"))
                .process(ContributionSplitter.supplier(), Named.as("split-contributions"))
                // The contributions of one article go to many keys; the table below must be
                // partitioned by its own key, so re-key through an explicit, stably named topic.
                .repartition(Repartitioned.with(keys, contributions).withName("contributions"))
                .toTable(Named.as("contributions-table"),
                        Materialized.<String, TherapyContribution, KeyValueStore<Bytes, byte[]>>as(CONTRIBUTION_STORE)
                                .withKeySerde(keys)
                                .withValueSerde(contributions))
                // A contribution never changes therapy under its key, so each update reaches the
                // aggregate as one subtract-then-add on the same summary.
                .groupBy((key, c) -> KeyValue.pair(c.therapyId(), c),
                        Grouped.with("contributions-by-therapy", keys, contributions))
                .aggregate(SummaryMath::empty,
                        (therapyId, c, summary) -> SummaryMath.add(summary, c),
                        (therapyId, c, summary) -> tombstoneIfEmpty(SummaryMath.subtract(summary, c)),
                        Named.as("summarise"),
                        Materialized.<String, TherapySummary, KeyValueStore<Bytes, byte[]>>as(SUMMARY_STORE)
                                .withKeySerde(keys)
                                .withValueSerde(summaries)
                                // One summary record per contribution change, never several
                                // merged in a cache: each event then names the article behind it.
                                .withCachingDisabled())
                .toStream(Named.as("summary-changes"));
        changes.processValues(SchemaVersionHeader.<TherapySummary>of(schemaVersion(Topics.SUMMARIES)),
                        Named.as("stamp-summary-schema-version"))
                .to(Topics.SUMMARIES, Produced.with(keys, summaries).withName("summaries"));
        changes.process(TherapyEventDeriver.supplier(eventRules), Named.as("derive-events"))
                .to(Topics.THERAPY_EVENTS, Produced.with(keys, LitstreamSerdes.event()).withName("events"));
        return builder.build();
    }

    private static int schemaVersion(String topic) {
        return TopicSchemas.of(topic).orElseThrow().version();
    }

    /**
     * A null aggregate deletes the row from the store and reaches the compacted summaries topic
     * as a tombstone, so consumers forget a therapy no live article mentions any more instead of
     * keeping a summary with zero articles forever.
     */
    private static TherapySummary tombstoneIfEmpty(TherapySummary summary) {
        return SummaryMath.isEmpty(summary) ? null : summary;
    }
}
