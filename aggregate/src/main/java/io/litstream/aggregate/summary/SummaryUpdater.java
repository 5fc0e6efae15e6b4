package io.litstream.aggregate.summary;

import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.topics.summary.TherapySummary;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Keeps the live contributions and the summary of each therapy, and applies one contribution
 * change at a time: subtract what the article contributed before, add what it contributes now.
 *
 * <p>Input: contributions keyed {@code therapyId|articleId} (a tombstone when the article no longer
 * mentions the therapy), partitioned by therapy id, so one task owns a therapy's summary and all of
 * its contributions. Output: one {@link SummaryChange} per contribution change, keyed by therapy id,
 * with the headers of the record that caused it (they name the article).
 *
 * <p>Why one processor and not a KTable with {@code groupBy().aggregate()}: that needs a second
 * repartition topic carrying old and new contribution for every change, a third task, and a store
 * of previous summaries for the change events. Here the contributions and summaries live side by
 * side, both changelogged and committed in the same exactly-once transaction as the output, so
 * after a crash the uncommitted changes are applied again to the restored stores, once. A change
 * that leaves the contribution as it was (a re-delivered record) changes nothing and emits nothing.
 *
 * <p>The summary store is cached: a busy therapy's summary reaches its changelog once per commit,
 * not once per change. Every change still goes downstream on its own, since each event names the
 * article behind it.
 */
public final class SummaryUpdater implements Processor<String, TherapyContribution, String, SummaryChange> {
    private final String contributionStoreName;
    private final String summaryStoreName;
    private KeyValueStore<String, TherapyContribution> contributions;
    private KeyValueStore<String, TherapySummary> summaries;
    private ProcessorContext<String, SummaryChange> context;

    private SummaryUpdater(String contributionStoreName, String summaryStoreName) {
        this.contributionStoreName = contributionStoreName;
        this.summaryStoreName = summaryStoreName;
    }

    /**
     * The processor with its two stores.
     *
     * @param contributionStore name of the {@code therapyId|articleId → contribution} store
     * @param summaryStore      name of the {@code therapyId → summary} store
     */
    public static ProcessorSupplier<String, TherapyContribution, String, SummaryChange> supplier(
            String contributionStore, Serde<TherapyContribution> contributionSerde,
            String summaryStore, Serde<TherapySummary> summarySerde) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, TherapyContribution, String, SummaryChange> get() {
                return new SummaryUpdater(contributionStore, summaryStore);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(contributionStore),
                                Serdes.String(), contributionSerde).withCachingDisabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(summaryStore),
                                Serdes.String(), summarySerde).withCachingEnabled());
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, SummaryChange> context) {
        this.context = context;
        this.contributions = context.getStateStore(contributionStoreName);
        this.summaries = context.getStateStore(summaryStoreName);
    }

    @Override
    public void process(Record<String, TherapyContribution> record) {
        String key = record.key();
        if (key == null) {
            return;
        }
        TherapyContribution old = contributions.get(key);
        TherapyContribution now = record.value();
        if (Objects.equals(old, now)) {
            return;
        }
        String therapyId = TherapyContribution.therapyOf(key);
        TherapySummary before = summaries.get(therapyId);
        TherapySummary after = apply(before, old, now);

        if (now == null) {
            contributions.delete(key);
        } else {
            contributions.put(key, now);
        }
        if (after == null) {
            summaries.delete(therapyId);
        } else {
            summaries.put(therapyId, after);
        }
        context.forward(record.withKey(therapyId).withValue(new SummaryChange(before, after)));
    }

    /**
     * {@code before} without {@code old} and with {@code now}; {@code null} once no live article is
     * left, which reaches the compacted summaries topic as a tombstone.
     */
    static TherapySummary apply(TherapySummary before, TherapyContribution old, TherapyContribution now) {
        TherapySummary summary = before == null ? SummaryMath.empty() : before;
        if (old != null) {
            summary = SummaryMath.subtract(summary, old);
        }
        if (now != null) {
            summary = SummaryMath.add(summary, now);
        }
        return SummaryMath.isEmpty(summary) ? null : summary;
    }
}
