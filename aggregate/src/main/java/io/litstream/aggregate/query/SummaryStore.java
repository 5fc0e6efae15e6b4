package io.litstream.aggregate.query;

import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.summary.TherapySummary;
import java.util.List;
import java.util.Optional;

/**
 * Read access to the therapy summaries, the contributions they are made of and the articles.
 * Every method may throw {@link StoreUnavailableException} while the data cannot be read
 * (rebalancing, restoring, an instance unreachable); callers retry later.
 */
public interface SummaryStore {
    /** Every summary this store holds, in no particular order. */
    List<TherapySummary> all();

    /** The summary of one therapy, empty when no live article mentions it. */
    Optional<TherapySummary> get(String therapyId);

    /** What each live article says about {@code therapyId}: its claims with provenance. */
    default List<TherapyContribution> contributions(String therapyId) {
        return List.of();
    }

    /** The latest extraction of one article, empty when it is unknown or retracted. */
    default Optional<ArticleExtraction> article(String articleId) {
        return Optional.empty();
    }

    /**
     * The part of this store held by this instance alone, which is what a peer instance asks for
     * when it assembles an answer; a store that is not distributed is its own local part.
     */
    default SummaryStore local() {
        return this;
    }
}
