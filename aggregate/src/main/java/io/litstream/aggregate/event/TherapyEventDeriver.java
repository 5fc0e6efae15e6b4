package io.litstream.aggregate.event;

import io.litstream.topics.Topics;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.header.LitstreamHeaders;
import io.litstream.topics.header.LitstreamHeaders.ArticleChange;
import io.litstream.topics.schema.TopicSchemas;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.EvidenceTally;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Turns the stream of summary changes into change events ({@link EventRules}).
 *
 * <p>A KTable's change stream carries only the new summary, so this processor keeps the last
 * summary it saw per therapy in its own store and compares. Store writes and the events go out
 * in the same exactly-once transaction: after a crash the store is restored to the last commit
 * and the uncommitted changes are processed again, giving the same events once. The store is
 * keyed like its input (therapy id), so it lives next to the summaries it shadows.
 */
public final class TherapyEventDeriver implements Processor<String, TherapySummary, String, TherapyEvent> {
    /** therapy id → the summary the last events were derived from. */
    public static final String BASELINE_STORE = "event-baselines";

    private static final String SCHEMA_VERSION = Integer.toString(
            TopicSchemas.of(Topics.THERAPY_EVENTS).orElseThrow().version());

    private final EventRules rules;
    private ProcessorContext<String, TherapyEvent> context;
    private KeyValueStore<String, TherapySummary> baselines;

    private TherapyEventDeriver(EventRules rules) {
        this.rules = rules;
    }

    /** The processor with its store, ready for {@code KStream#process}. */
    public static ProcessorSupplier<String, TherapySummary, String, TherapyEvent> supplier(EventRules rules) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, TherapySummary, String, TherapyEvent> get() {
                return new TherapyEventDeriver(rules);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BASELINE_STORE),
                        Serdes.String(), LitstreamSerdes.summary()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, TherapyEvent> context) {
        this.context = context;
        this.baselines = context.getStateStore(BASELINE_STORE);
    }

    @Override
    public void process(Record<String, TherapySummary> record) {
        String therapyId = record.key();
        if (therapyId == null) {
            return;
        }
        TherapySummary before = baselines.get(therapyId);
        TherapySummary after = record.value();
        ChangeCause cause = new ChangeCause(
                LitstreamHeaders.get(record.headers(), LitstreamHeaders.ARTICLE_ID),
                ArticleChange.RETRACTED.name().equals(
                        LitstreamHeaders.get(record.headers(), LitstreamHeaders.ARTICLE_CHANGE)),
                LitstreamHeaders.get(record.headers(), LitstreamHeaders.EXTRACTOR_VERSION),
                Instant.ofEpochMilli(record.timestamp()));
        for (TherapyEvent event : rules.between(therapyId, before, after, cause)) {
            Headers headers = new RecordHeaders(record.headers().toArray());
            LitstreamHeaders.set(headers, LitstreamHeaders.SCHEMA_VERSION, SCHEMA_VERSION);
            context.forward(new Record<>(therapyId, event, record.timestamp(), headers));
        }
        if (after == null) {
            baselines.delete(therapyId);
        } else {
            baselines.put(therapyId, baseline(after));
        }
    }

    /**
     * What the next comparison reads of {@code summary}: name, counts, mechanisms, the evidence
     * tally, score and verdict. The claim counts, the latest claims with their sentences, the
     * extractor versions and the per-source counts ({@code score} already holds what they imply)
     * are left out: they were most of a stored baseline's bytes, written and read again on every
     * change. A baseline stored whole by an earlier version reads just as well.
     */
    static TherapySummary baseline(TherapySummary summary) {
        EvidenceTally t = summary.evidence();
        EvidenceTally tally = t == null ? null : new EvidenceTally(t.supportingArticles(),
                t.hedgedSupportingArticles(), t.refutingArticles(), t.noEffectArticles(), t.articlesByGenre(),
                Map.of(), t.hedgedClaims(), t.supportPoints(), t.refutePoints(), t.noEffectPoints());
        return new TherapySummary(summary.therapyId(), summary.name(), summary.category(), summary.articleCount(),
                Map.of(), Map.of(), Map.of(), summary.mechanisms(), List.of(), summary.firstSeen(),
                summary.lastSeen(), tally, summary.score(), summary.verdict(), null);
    }
}
