package io.litstream.aggregate.contribution;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What one article changed among the therapies of one summaries partition: the one record the
 * splitter sends per article and partition, instead of one per therapy. An article mentions
 * about a dozen therapies, and each record through the repartition topic costs a produce, a
 * fetch, a deserialization and its share of every commit's transaction work; a batch costs that
 * once per partition it touches.
 *
 * <p>The summariser applies a batch as it would have applied the records one by one, removals
 * first, then the contributions in therapy order: the same changes, in the same transaction.
 *
 * @param articleId     the article
 * @param removed       the therapies (ids, sorted) the article no longer contributes to
 * @param contributions its new or changed contributions, ordered by therapy id; one per therapy
 */
public record ContributionBatch(String articleId, List<String> removed, List<TherapyContribution> contributions) {
    public ContributionBatch {
        Objects.requireNonNull(articleId, "articleId");
        removed = removed == null ? List.of() : List.copyOf(removed);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
    }

    /** Whether the batch changes nothing: such a batch is never sent. */
    public boolean isEmpty() {
        return removed.isEmpty() && contributions.isEmpty();
    }

    /** The therapy ids the batch touches, removals first. */
    public List<String> therapyIds() {
        return Stream.concat(removed.stream(), contributions.stream().map(TherapyContribution::therapyId))
                .toList();
    }
}
