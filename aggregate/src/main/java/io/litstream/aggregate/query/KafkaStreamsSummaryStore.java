package io.litstream.aggregate.query;

import io.litstream.aggregate.stream.AggregateTopology;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.summary.TherapySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The summaries, contributions and articles held by this instance, read through interactive
 * queries.
 *
 * <p>Only the partitions assigned to this instance are visible: with one instance that is
 * everything, with several each one answers for its own share ({@link ClusterSummaryStore}
 * asks the others). The store handles are looked up on every call rather than cached, because
 * a rebalance invalidates them.
 */
public final class KafkaStreamsSummaryStore implements SummaryStore {
    private final Supplier<ReadOnlyKeyValueStore<String, TherapySummary>> summaries;
    private final Supplier<ReadOnlyKeyValueStore<String, TherapyContribution>> contributions;
    private final Supplier<ReadOnlyKeyValueStore<String, ArticleExtraction>> articles;

    /** Reads the stores of a running (or starting) {@code streams}. */
    public KafkaStreamsSummaryStore(KafkaStreams streams) {
        this(() -> streams.store(StoreQueryParameters.fromNameAndType(
                        AggregateTopology.SUMMARY_STORE, QueryableStoreTypes.<String, TherapySummary>keyValueStore())),
                () -> streams.store(StoreQueryParameters.fromNameAndType(AggregateTopology.CONTRIBUTION_STORE,
                        QueryableStoreTypes.<String, TherapyContribution>keyValueStore())),
                () -> streams.store(StoreQueryParameters.fromNameAndType(AggregateTopology.ARTICLE_STORE,
                        QueryableStoreTypes.<String, ArticleExtraction>keyValueStore())));
    }

    /**
     * Reads only summaries from whatever key-value store {@code store} hands out, e.g. a test
     * driver's. The supplier may throw {@link InvalidStateStoreException}; it is reported as
     * {@link StoreUnavailableException}.
     */
    public KafkaStreamsSummaryStore(Supplier<ReadOnlyKeyValueStore<String, TherapySummary>> store) {
        this(store, null, null);
    }

    /** Reads the three stores {@code summaries}, {@code contributions} and {@code articles} hand out. */
    public KafkaStreamsSummaryStore(Supplier<ReadOnlyKeyValueStore<String, TherapySummary>> summaries,
                                    Supplier<ReadOnlyKeyValueStore<String, TherapyContribution>> contributions,
                                    Supplier<ReadOnlyKeyValueStore<String, ArticleExtraction>> articles) {
        this.summaries = Objects.requireNonNull(summaries);
        this.contributions = contributions;
        this.articles = articles;
    }

    @Override
    public List<TherapySummary> all() {
        try (KeyValueIterator<String, TherapySummary> it = summaries.get().all()) {
            List<TherapySummary> out = new ArrayList<>();
            while (it.hasNext()) {
                KeyValue<String, TherapySummary> next = it.next();
                if (next.value != null) {
                    out.add(next.value);
                }
            }
            return out;
        } catch (InvalidStateStoreException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<TherapySummary> get(String therapyId) {
        try {
            return Optional.ofNullable(summaries.get().get(therapyId));
        } catch (InvalidStateStoreException e) {
            throw unavailable(e);
        }
    }

    /** The contributions keyed {@code therapyId|...}: a prefix scan of the local contributions table. */
    @Override
    public List<TherapyContribution> contributions(String therapyId) {
        if (contributions == null) {
            return List.of();
        }
        String prefix = TherapyContribution.keyOf(therapyId, "");
        try (KeyValueIterator<String, TherapyContribution> it = contributions.get()
                .prefixScan(prefix, Serdes.String().serializer())) {
            List<TherapyContribution> out = new ArrayList<>();
            it.forEachRemaining(kv -> {
                if (kv.value != null && therapyId.equals(kv.value.therapyId())) {
                    out.add(kv.value);
                }
            });
            return out;
        } catch (InvalidStateStoreException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<ArticleExtraction> article(String articleId) {
        if (articles == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(articles.get().get(articleId));
        } catch (InvalidStateStoreException e) {
            throw unavailable(e);
        }
    }

    private static StoreUnavailableException unavailable(InvalidStateStoreException e) {
        return new StoreUnavailableException("the stores are not queryable right now: " + e.getMessage(), e);
    }
}
