package io.litstream.aggregate.summary;

import static io.litstream.aggregate.testing.Articles.article;
import static io.litstream.topics.extraction.ComparatorKind.ACTIVE;
import static io.litstream.topics.extraction.ComparatorKind.BASELINE;
import static io.litstream.topics.extraction.ComparatorKind.PLACEBO;
import static io.litstream.topics.extraction.Direction.BETTER;
import static io.litstream.topics.extraction.Direction.NO_DIFFERENCE;
import static io.litstream.topics.extraction.Direction.WORSE;
import static io.litstream.topics.extraction.OutcomeMeasure.MADRS;
import static io.litstream.topics.extraction.OutcomeMeasure.REMISSION;
import static io.litstream.topics.extraction.StudyDesign.CROSSOVER;
import static io.litstream.topics.extraction.StudyDesign.OPEN_LABEL;
import static io.litstream.topics.extraction.StudyDesign.RANDOMISED_CONTROLLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.aggregate.contribution.Contributions;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.testing.Articles;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.summary.OutcomeTally;
import io.litstream.topics.summary.TherapySummary;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerOutcomeSummaryTest {

    private static TherapyContribution esketamine(Articles article) {
        return Contributions.of(article.build().articleId(), article.build()).get("esketamine");
    }

    private static TherapySummary sum(TherapyContribution... contributions) {
        TherapySummary s = SummaryMath.empty();
        for (TherapyContribution c : contributions) {
            s = SummaryMath.add(s, c);
        }
        return s;
    }

    private final TherapyContribution placeboTrial = esketamine(article("doi:10.1/a").design(RANDOMISED_CONTROLLED)
            .sampleSize(227).finding("esketamine", MADRS, BETTER, PLACEBO)
            .finding("esketamine", MADRS, BETTER, PLACEBO)
            .finding("esketamine", REMISSION, NO_DIFFERENCE, PLACEBO));
    private final TherapyContribution activeCrossover = esketamine(article("doi:10.2/b").design(CROSSOVER)
            .sampleSize(40).finding("esketamine", MADRS, NO_DIFFERENCE, ACTIVE));
    private final TherapyContribution openLabel = esketamine(article("sha256:c").design(OPEN_LABEL).sampleSize(12)
            .finding("esketamine", MADRS, BETTER, BASELINE));

    @Test
    void eachMeasureCountsDistinctArticlesAndRandomisedTrialsByDirectionWithTheirComparatorsAndParticipants() {
        Map<OutcomeMeasure, OutcomeTally> outcomes = sum(placeboTrial, activeCrossover, openLabel).outcomes();

        OutcomeTally madrs = outcomes.get(MADRS);
        assertEquals(3, madrs.articles());
        assertEquals(Map.of(BETTER, 2L, NO_DIFFERENCE, 1L), madrs.articlesByDirection(),
                "the trial with two MADRS findings counts once");
        assertEquals(2, madrs.randomisedTrials(), "the open-label study is not a randomised trial");
        assertEquals(Map.of(BETTER, 1L, NO_DIFFERENCE, 1L), madrs.randomisedTrialsByDirection());
        assertEquals(Map.of(PLACEBO, 1L, ACTIVE, 1L, BASELINE, 1L), madrs.comparators());
        assertEquals(227 + 40, madrs.participants(), "each trial's participants once");
        assertEquals(new OutcomeTally(1, Map.of(NO_DIFFERENCE, 1L), 1, Map.of(NO_DIFFERENCE, 1L), Map.of(PLACEBO, 1L),
                227, 0), outcomes.get(REMISSION));
    }

    @Test
    void aRandomisedTrialComparedOnlyWithBaselineOrWithoutStatedSizeIsCountedAsSuch() {
        TherapyContribution baselineOnly = esketamine(article("pmid:9").design(RANDOMISED_CONTROLLED).sampleSize(80)
                .finding("esketamine", MADRS, BETTER, BASELINE));
        TherapyContribution noSize = esketamine(article("pmid:10").design(RANDOMISED_CONTROLLED)
                .finding("esketamine", MADRS, WORSE, null));

        OutcomeTally madrs = sum(baselineOnly, noSize).outcomes().get(MADRS);

        assertEquals(2, madrs.articles());
        assertEquals(1, madrs.randomisedTrials());
        assertEquals(Map.of(WORSE, 1L), madrs.randomisedTrialsByDirection());
        assertEquals(0, madrs.participants());
        assertEquals(1, madrs.randomisedTrialsWithoutSize());
        assertEquals(Map.of(BASELINE, 1L), madrs.comparators(), "a finding of unknown comparator counts under none");
    }

    @Test
    void addingTwoArticlesAndRetractingTheFirstEqualsAddingTheSecondAlone() {
        TherapySummary both = sum(placeboTrial, activeCrossover);

        TherapySummary retracted = SummaryMath.subtract(both, placeboTrial);

        assertEquals(sum(activeCrossover).outcomes(), retracted.outcomes());
        assertEquals(sum(activeCrossover), retracted);
    }

    @Test
    void anUpdatedArticleChangesTheTableOnceAndOnlyByWhatChanged() {
        TherapyContribution revised = esketamine(article("doi:10.1/a").design(RANDOMISED_CONTROLLED).sampleSize(230)
                .finding("esketamine", MADRS, NO_DIFFERENCE, PLACEBO));
        TherapySummary before = sum(placeboTrial, activeCrossover);

        TherapySummary after = SummaryMath.add(SummaryMath.subtract(before, placeboTrial), revised);

        assertEquals(sum(activeCrossover, revised).outcomes(), after.outcomes());
        OutcomeTally madrs = after.outcomes().get(MADRS);
        assertEquals(2, madrs.articles());
        assertEquals(Map.of(NO_DIFFERENCE, 2L), madrs.randomisedTrialsByDirection());
        assertEquals(230 + 40, madrs.participants());
        assertNull(after.outcomes().get(REMISSION), "a measure no live article has a finding on is gone");
    }

    @Test
    void aSummaryWithoutOutcomeFindingsHasNoTableAndTakingTheLastFindingOutRemovesIt() {
        TherapyContribution plain = esketamine(article("pmid:3")
                .claim("esketamine", ClaimType.EFFICACY, Polarity.SUPPORTS, EvidenceLevel.CLINICAL));

        assertNull(sum(plain).outcomes());
        assertNull(SummaryMath.subtract(sum(plain, openLabel), openLabel).outcomes());
    }
}
