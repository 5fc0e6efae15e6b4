package io.litstream.aggregate.query;

import io.litstream.aggregate.AggregateTopology;
import io.litstream.topics.summary.TherapySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The summaries held by this instance, read through interactive queries.
 *
 * <p>Only the partitions assigned to this instance are visible: with one instance that is
 * everything, with several each one answers for its own share. The store handle is looked up
 * on every call rather than cached, because a rebalance invalidates it.
 */
public final class KafkaStreamsSummaryStore implements SummaryStore {
    private final Supplier<ReadOnlyKeyValueStore<String, TherapySummary>> store;

    /** Reads {@link AggregateTopology#SUMMARY_STORE} of a running (or starting) {@code streams}. */
    public KafkaStreamsSummaryStore(KafkaStreams streams) {
        this(() -> streams.store(StoreQueryParameters.fromNameAndType(
                AggregateTopology.SUMMARY_STORE, QueryableStoreTypes.<String, TherapySummary>keyValueStore())));
    }

    /**
     * Reads whatever key-value store {@code store} hands out, e.g. a test driver's. The supplier
     * may throw {@link InvalidStateStoreException}; it is reported as {@link StoreUnavailableException}.
     */
    public KafkaStreamsSummaryStore(Supplier<ReadOnlyKeyValueStore<String, TherapySummary>> store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public List<TherapySummary> all() {
        try (KeyValueIterator<String, TherapySummary> it = store.get().all()) {
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
            return Optional.ofNullable(store.get().get(therapyId));
        } catch (InvalidStateStoreException e) {
            throw unavailable(e);
        }
    }

    private static StoreUnavailableException unavailable(InvalidStateStoreException e) {
        return new StoreUnavailableException("therapy summaries are not queryable right now: " + e.getMessage(), e);
    }
}
