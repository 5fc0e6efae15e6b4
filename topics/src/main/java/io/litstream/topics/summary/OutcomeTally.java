package io.litstream.topics.summary;

import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import java.util.Map;

/**
 * What the live articles found about a therapy on one outcome measure: the row of the summary's
 * per-outcome table. Like {@link EvidenceTally}, every field is a sum over the live articles with
 * one term per article, so the summary's adder and subtractor keep it exact.
 *
 * <p>An article counts on a measure when at least one of its claims about the therapy has that
 * measure and a direction. A <em>randomised trial</em> is such an article whose design is
 * randomised (a randomised controlled or crossover trial) with a finding against a comparator
 * other than baseline: a change from baseline in one arm is not what randomisation protects.
 *
 * @param articles                     distinct live articles with a finding on the measure
 * @param articlesByDirection          of those, the articles with a BETTER, NO_DIFFERENCE or WORSE
 *                                     finding (an article with findings both ways counts under both)
 * @param randomisedTrials             distinct randomised trials with a finding on the measure
 * @param randomisedTrialsByDirection  of those, the trials by direction of their findings
 * @param comparators                  comparator kind to the articles with a finding against it
 *                                     (findings whose comparator kind is unknown count under none)
 * @param participants                 the sample sizes of the randomised trials summed, once per
 *                                     trial
 * @param randomisedTrialsWithoutSize  randomised trials that state no sample size (not in
 *                                     {@code participants})
 */
public record OutcomeTally(
        long articles,
        Map<Direction, Long> articlesByDirection,
        long randomisedTrials,
        Map<Direction, Long> randomisedTrialsByDirection,
        Map<ComparatorKind, Long> comparators,
        long participants,
        long randomisedTrialsWithoutSize) {

    public OutcomeTally {
        articlesByDirection = articlesByDirection == null ? Map.of() : Map.copyOf(articlesByDirection);
        randomisedTrialsByDirection = randomisedTrialsByDirection == null ? Map.of()
                : Map.copyOf(randomisedTrialsByDirection);
        comparators = comparators == null ? Map.of() : Map.copyOf(comparators);
    }

    /** Nothing counted on the measure. */
    public static OutcomeTally empty() {
        return new OutcomeTally(0, Map.of(), 0, Map.of(), Map.of(), 0, 0);
    }
}
