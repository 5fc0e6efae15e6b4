package io.litstream.aggregate.query;

import io.litstream.topics.summary.TherapySummary;
import java.util.List;
import java.util.Optional;

/** Read access to the therapy summaries. */
public interface SummaryStore {
    /**
     * Every summary this store holds, in no particular order.
     *
     * @throws StoreUnavailableException while the store cannot be read (rebalancing, restoring)
     */
    List<TherapySummary> all();

    /**
     * The summary of one therapy, empty when no live article mentions it.
     *
     * @throws StoreUnavailableException while the store cannot be read (rebalancing, restoring)
     */
    Optional<TherapySummary> get(String therapyId);
}
