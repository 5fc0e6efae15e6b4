package io.litstream.aggregate.summary;

import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.score.ArticleFinding;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.OutcomeTally;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The per-outcome part of a summary ({@link OutcomeTally}): what one article adds on each outcome
 * measure, and the sum with sign that {@link SummaryMath} applies. Each article's term counts it
 * at most once per measure, direction and comparator kind, and its sample size once per measure,
 * so subtracting the term an article added restores the table exactly. Its randomised trials are
 * the articles with a randomised-trial finding on the measure ({@link ArticleFinding}).
 */
final class OutcomeTallies {
    private OutcomeTallies() {
    }

    /** What {@code c} adds on each measure it has a finding on (a finding: a claim with a measure and a direction). */
    static Map<OutcomeMeasure, OutcomeTally> of(TherapyContribution c) {
        Map<OutcomeMeasure, Set<Direction>> directions = new EnumMap<>(OutcomeMeasure.class);
        Map<OutcomeMeasure, Set<Direction>> randomised = new EnumMap<>(OutcomeMeasure.class);
        Map<OutcomeMeasure, Set<ComparatorKind>> comparators = new EnumMap<>(OutcomeMeasure.class);
        for (ClaimProvenance claim : c.claims()) {
            if (claim.outcomeMeasure() == null || claim.direction() == null) {
                continue;
            }
            directions.computeIfAbsent(claim.outcomeMeasure(), m -> EnumSet.noneOf(Direction.class))
                    .add(claim.direction());
            if (claim.comparatorKind() != null) {
                comparators.computeIfAbsent(claim.outcomeMeasure(), m -> EnumSet.noneOf(ComparatorKind.class))
                        .add(claim.comparatorKind());
            }
            if (ArticleFinding.isRandomisedTrialFinding(c.design(), claim)) {
                randomised.computeIfAbsent(claim.outcomeMeasure(), m -> EnumSet.noneOf(Direction.class))
                        .add(claim.direction());
            }
        }
        if (directions.isEmpty()) {
            return Map.of();
        }
        Map<OutcomeMeasure, OutcomeTally> out = new EnumMap<>(OutcomeMeasure.class);
        directions.forEach((measure, found) -> {
            Set<Direction> inTrial = randomised.getOrDefault(measure, Set.of());
            boolean counted = !inTrial.isEmpty();
            out.put(measure, new OutcomeTally(1, SummaryMath.once(found), counted ? 1 : 0, SummaryMath.once(inTrial),
                    SummaryMath.once(comparators.getOrDefault(measure, Set.of())),
                    counted && c.sampleSize() != null ? Math.max(0, c.sampleSize()) : 0,
                    counted && c.sampleSize() == null ? 1 : 0));
        });
        return out;
    }

    /**
     * {@code base + sign * delta}, measure by measure; a measure no live article has a finding on
     * any more is removed. A summary written before outcomes were counted has none: it starts from
     * empty (exact again once the aggregate is rebuilt, as for the evidence tally).
     */
    static Map<OutcomeMeasure, OutcomeTally> plus(Map<OutcomeMeasure, OutcomeTally> base,
                                                  Map<OutcomeMeasure, OutcomeTally> delta, int sign) {
        if (delta.isEmpty()) {
            return base;
        }
        Map<OutcomeMeasure, OutcomeTally> out = new EnumMap<>(OutcomeMeasure.class);
        if (base != null) {
            out.putAll(base);
        }
        delta.forEach((measure, d) -> {
            OutcomeTally t = out.getOrDefault(measure, OutcomeTally.empty());
            OutcomeTally sum = new OutcomeTally(
                    t.articles() + sign * d.articles(),
                    SummaryMath.plus(t.articlesByDirection(), d.articlesByDirection(), sign),
                    t.randomisedTrials() + sign * d.randomisedTrials(),
                    SummaryMath.plus(t.randomisedTrialsByDirection(), d.randomisedTrialsByDirection(), sign),
                    SummaryMath.plus(t.comparators(), d.comparators(), sign),
                    t.participants() + sign * d.participants(),
                    t.randomisedTrialsWithoutSize() + sign * d.randomisedTrialsWithoutSize());
            if (sum.articles() <= 0) {
                out.remove(measure);
            } else {
                out.put(measure, sum);
            }
        });
        return out;
    }
}
