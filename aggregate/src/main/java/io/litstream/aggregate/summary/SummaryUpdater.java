package io.litstream.aggregate.summary;

import io.litstream.aggregate.arm.CandidateTherapies;
import io.litstream.aggregate.contribution.ContributionBatch;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.topics.summary.TherapySummary;
import io.litstream.topics.header.LitstreamHeaders;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Keeps the live contributions and the summary of each therapy, and applies one contribution
 * change at a time: subtract what the article contributed before, add what it contributes now.
 *
 * <p>Input: per article, a {@link ContributionBatch} of the contributions it changed (and the
 * therapies it no longer mentions) among the therapies of one partition, partitioned by therapy id,
 * so one task owns a therapy's summary and all of its contributions; each change in a batch is
 * applied on its own, in order, under its {@code therapyId|articleId} key. Output, keyed by therapy id, with the headers of the record that caused the
 * change (they name the article): to the events child, one {@link SummaryChange} per contribution
 * change; to the summaries child, the summaries as the store's cache writes them out, once per
 * therapy per commit ({@link SummaryFlushes}).
 *
 * <p>Why one processor and not a KTable with {@code groupBy().aggregate()}: that needs a second
 * repartition topic carrying old and new contribution for every change, a third task, and a store
 * of previous summaries for the change events. Here the contributions and summaries live side by
 * side, both changelogged and committed in the same exactly-once transaction as the output, so
 * after a crash the uncommitted changes are applied again to the restored stores, once. A change
 * that leaves the contribution as it was (a re-delivered record) changes nothing and emits nothing.
 *
 * <p>The summary store writes behind ({@link WriteBehindStore}): a busy therapy's summary is
 * serialized, and reaches its changelog and the summaries topic, once per commit, not once per
 * change. Every change still reaches the events child on its own, since each event names the
 * article behind it.
 */
public final class SummaryUpdater implements Processor<String, ContributionBatch, String, SummaryChange> {
    private final String contributionStoreName;
    private final String summaryStoreName;
    private final String summariesChild;
    private final String eventsChild;
    /** Distinct live articles a candidate therapy ({@link CandidateTherapies}) needs for a summary. */
    private final int promoteAfter;
    /** Whether the store's cache forwards the summaries; if not, every change goes to both children. */
    private boolean cacheForwardsSummaries;
    /**
     * Per therapy, the articles that changed it since its summary last went downstream, for that
     * summary's headers. Kept in memory like the cache it follows: after a crash the uncommitted
     * changes are applied again and name their articles again.
     */
    private final Map<String, Set<String>> articlesSinceLastSummary = new HashMap<>();
    private KeyValueStore<String, TherapyContribution> contributions;
    private KeyValueStore<String, TherapySummary> summaries;
    private ProcessorContext<String, SummaryChange> context;

    private SummaryUpdater(String contributionStoreName, String summaryStoreName, String summariesChild,
                           String eventsChild, int promoteAfter) {
        this.promoteAfter = promoteAfter;
        this.contributionStoreName = contributionStoreName;
        this.summaryStoreName = summaryStoreName;
        this.summariesChild = summariesChild;
        this.eventsChild = eventsChild;
    }

    /**
     * The processor with its two stores.
     *
     * @param contributionStore name of the {@code therapyId|articleId → contribution} store
     * @param summaryStore      name of the {@code therapyId → summary} store
     * @param summariesChild    name of the child processor that writes the summaries topic
     * @param eventsChild       name of the child processor that derives the change events
     */
    public static ProcessorSupplier<String, ContributionBatch, String, SummaryChange> supplier(
            String contributionStore, Serde<TherapyContribution> contributionSerde,
            String summaryStore, Serde<TherapySummary> summarySerde, String summariesChild, String eventsChild,
            int promoteAfter) {
        if (promoteAfter < 1) {
            throw new IllegalArgumentException("a candidate needs at least one article, was " + promoteAfter);
        }
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, ContributionBatch, String, SummaryChange> get() {
                return new SummaryUpdater(contributionStore, summaryStore, summariesChild, eventsChild, promoteAfter);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(contributionStore),
                                Serdes.String(), contributionSerde).withCachingDisabled(),
                        WriteBehindStore.builder(Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(summaryStore), Serdes.String(), summarySerde)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, SummaryChange> context) {
        this.context = context;
        this.contributions = context.getStateStore(contributionStoreName);
        this.summaries = context.getStateStore(summaryStoreName);
        this.cacheForwardsSummaries = SummaryFlushes.install(summaries, context, summariesChild,
                this::withArticlesSinceLastSummary);
    }

    @Override
    public void process(Record<String, ContributionBatch> record) {
        if (record.key() == null) {
            return;
        }
        ContributionBatch batch = record.value() != null ? record.value() : legacyTombstone(record.key());
        for (String therapyId : batch.removed()) {
            change(record, therapyId, TherapyContribution.keyOf(therapyId, batch.articleId()), null);
        }
        for (TherapyContribution now : batch.contributions()) {
            change(record, now.therapyId(), TherapyContribution.keyOf(now.therapyId(), batch.articleId()), now);
        }
    }

    /**
     * A record without a value: written by the version before batches, a tombstone keyed
     * {@code therapyId|articleId} (see {@code ContributionBatchSerde}). Batches always have a value.
     */
    private static ContributionBatch legacyTombstone(String key) {
        String therapyId = TherapyContribution.therapyOf(key);
        String articleId = key.length() > therapyId.length() ? key.substring(therapyId.length() + 1) : "";
        return new ContributionBatch(articleId, List.of(therapyId), List.of());
    }

    /** One contribution change: {@code now} (null: removed) under {@code key}, caused by {@code record}. */
    private void change(Record<String, ContributionBatch> record, String therapyId, String key, TherapyContribution now) {
        TherapyContribution old = contributions.get(key);
        if (Objects.equals(old, now)) {
            return;
        }
        TherapySummary before = summaries.get(therapyId);
        if (now == null) {
            contributions.delete(key);
        } else {
            contributions.put(key, now);
        }
        TherapySummary after = CandidateTherapies.isCandidate(therapyId)
                ? candidate(therapyId, before, old, now)
                : apply(before, old, now);
        if (before == null && after == null) {
            // A candidate below the threshold: counted in the contributions, not yet a therapy.
            return;
        }
        // Before the summary's write: a store that forwards on write must already know the article.
        rememberArticle(therapyId, LitstreamHeaders.get(record.headers(), LitstreamHeaders.ARTICLE_ID));

        if (after == null) {
            summaries.delete(therapyId);
        } else {
            summaries.put(therapyId, after);
        }
        Record<String, SummaryChange> change = record.withKey(therapyId).withValue(new SummaryChange(before, after));
        context.forward(change, eventsChild);
        if (!cacheForwardsSummaries) {
            context.forward(withArticlesSinceLastSummary(change), summariesChild);
        }
    }

    /**
     * The summary of a candidate therapy after one change, or null while fewer than
     * {@link #promoteAfter} live articles name it. A promoted candidate is updated like any
     * therapy and loses its summary when its count falls below the threshold; an unpromoted one
     * has no summary, so at the change that promotes it the summary is added up from its live
     * contributions (fewer than the threshold plus one: a short prefix scan).
     */
    private TherapySummary candidate(String therapyId, TherapySummary before, TherapyContribution old,
                                     TherapyContribution now) {
        if (before != null) {
            TherapySummary after = apply(before, old, now);
            return after != null && after.articleCount() >= promoteAfter ? after : null;
        }
        if (now == null) {
            return null;
        }
        TherapySummary summary = SummaryMath.empty();
        try (KeyValueIterator<String, TherapyContribution> it = contributions.prefixScan(
                TherapyContribution.keyOf(therapyId, ""), Serdes.String().serializer())) {
            while (it.hasNext()) {
                TherapyContribution c = it.next().value;
                if (c != null && therapyId.equals(c.therapyId())) {
                    summary = SummaryMath.add(summary, c);
                }
            }
        }
        return summary.articleCount() >= promoteAfter ? summary : null;
    }

    private void rememberArticle(String therapyId, String articleId) {
        if (articleId != null) {
            Set<String> articles = articlesSinceLastSummary.computeIfAbsent(therapyId, t -> new LinkedHashSet<>());
            if (articles.size() < LitstreamHeaders.MAX_SUMMARISED_ARTICLES) {
                articles.add(articleId);
            }
        }
    }

    /** {@code summary} with a header per article that changed it since the previous one went out. */
    private Record<String, SummaryChange> withArticlesSinceLastSummary(Record<String, SummaryChange> summary) {
        // A copy: at a flush the headers belong to the cache's record context.
        Headers headers = new RecordHeaders(summary.headers().toArray());
        Set<String> articles = articlesSinceLastSummary.remove(summary.key());
        if (articles != null) {
            articles.forEach(id -> headers.add(LitstreamHeaders.SUMMARISED_ARTICLE, id.getBytes(StandardCharsets.UTF_8)));
        }
        return summary.withHeaders(headers);
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
