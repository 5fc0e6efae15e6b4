package io.litstream.topics.summary;

import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import java.util.Map;

/**
 * The exact counts behind a therapy's evidence score and verdict. Every field is a sum over the
 * live articles, one term per article (never per sentence), so the adder and subtractor of the
 * summary keep it exact under updates and retractions, and the score — a pure function of these
 * counts — stays exact with it.
 *
 * <p>An article takes a side when one of its claims about the therapy does: it supports the
 * therapy when at least one claim SUPPORTS it, refutes it when at least one REFUTES it, and found
 * no effect when at least one says NO_EFFECT (an article can sit on more than one side). On each
 * side it counts under the strongest evidence level among the claims that put it there.
 *
 * @param supportingArticles       articles supporting the therapy, by evidence level
 * @param hedgedSupportingArticles of those, the articles whose every supporting claim is hedged
 * @param refutingArticles         articles refuting it (harm, worse than control), by evidence level
 * @param noEffectArticles         articles that found no effect, by evidence level
 * @param articlesByGenre          live articles mentioning the therapy, by source genre
 * @param supportingSources        source (DOI registrant, web host, ...) to the number of supporting
 *                                 articles from it; its size is the number of independent sources
 * @param hedgedClaims             claims about the therapy whose sentence is hedged
 * @param supportPoints            weighted support: the sum over supporting articles of their points
 * @param refutePoints             weighted refutation, likewise
 * @param noEffectPoints           weighted no-effect findings, likewise
 * @param randomisedTrials         live articles with a randomised-trial finding about the therapy (a
 *                                 claim with a direction, in a randomised controlled or crossover
 *                                 trial, against a comparator other than baseline); null when none
 * @param randomisedTrialsByDirection of those, the trials by the direction of their findings (a trial
 *                                 with findings both ways counts under both); null when none
 * @param placeboControlledTrials  of those, the trials with such a finding against placebo or sham;
 *                                 null when none
 *
 * <p>The last three were added after the first tallies were written: they are absent (null) in
 * those, and whenever they would be zero or empty, so a tally without trials is written as before.
 */
public record EvidenceTally(
        Map<EvidenceLevel, Long> supportingArticles,
        Map<EvidenceLevel, Long> hedgedSupportingArticles,
        Map<EvidenceLevel, Long> refutingArticles,
        Map<EvidenceLevel, Long> noEffectArticles,
        Map<SourceGenre, Long> articlesByGenre,
        Map<String, Long> supportingSources,
        long hedgedClaims,
        long supportPoints,
        long refutePoints,
        long noEffectPoints,
        Long randomisedTrials,
        Map<Direction, Long> randomisedTrialsByDirection,
        Long placeboControlledTrials) {

    public EvidenceTally {
        supportingArticles = copy(supportingArticles);
        hedgedSupportingArticles = copy(hedgedSupportingArticles);
        refutingArticles = copy(refutingArticles);
        noEffectArticles = copy(noEffectArticles);
        articlesByGenre = copy(articlesByGenre);
        supportingSources = copy(supportingSources);
        randomisedTrials = randomisedTrials == null || randomisedTrials == 0 ? null : randomisedTrials;
        randomisedTrialsByDirection = randomisedTrialsByDirection == null || randomisedTrialsByDirection.isEmpty()
                ? null : Map.copyOf(randomisedTrialsByDirection);
        placeboControlledTrials = placeboControlledTrials == null || placeboControlledTrials == 0 ? null
                : placeboControlledTrials;
    }

    /** A tally without randomised-trial counts, as written before they existed. */
    public EvidenceTally(Map<EvidenceLevel, Long> supportingArticles, Map<EvidenceLevel, Long> hedgedSupportingArticles,
                         Map<EvidenceLevel, Long> refutingArticles, Map<EvidenceLevel, Long> noEffectArticles,
                         Map<SourceGenre, Long> articlesByGenre, Map<String, Long> supportingSources, long hedgedClaims,
                         long supportPoints, long refutePoints, long noEffectPoints) {
        this(supportingArticles, hedgedSupportingArticles, refutingArticles, noEffectArticles, articlesByGenre,
                supportingSources, hedgedClaims, supportPoints, refutePoints, noEffectPoints, null, null, null);
    }

    /** Nothing counted yet. */
    public static EvidenceTally empty() {
        return new EvidenceTally(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, 0, 0, 0);
    }

    /** {@link #randomisedTrials()}, 0 when absent. */
    public long randomisedTrialCount() {
        return randomisedTrials == null ? 0 : randomisedTrials;
    }

    /** {@link #randomisedTrialsByDirection()}, empty when absent. */
    public Map<Direction, Long> randomisedTrialsByDirectionOrEmpty() {
        return randomisedTrialsByDirection == null ? Map.of() : randomisedTrialsByDirection;
    }

    /** {@link #placeboControlledTrials()}, 0 when absent. */
    public long placeboControlledTrialCount() {
        return placeboControlledTrials == null ? 0 : placeboControlledTrials;
    }

    private static <K> Map<K, Long> copy(Map<K, Long> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }
}
