package io.litstream.aggregate.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.aggregate.contribution.Contributions;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.testing.Articles;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.TherapySummary;
import org.junit.jupiter.api.Test;

class SummaryUpdaterTest {
    private static TherapyContribution ketamine(String articleId, Polarity polarity) {
        return Contributions.of(articleId, Articles.article(articleId)
                .claim("ketamine", ClaimType.EFFICACY, polarity, EvidenceLevel.CLINICAL).build()).get("ketamine");
    }

    @Test
    void anUpdateSubtractsTheOldContributionAndAddsTheNewInOneStep() {
        TherapySummary one = SummaryUpdater.apply(null, null, ketamine("a1", Polarity.SUPPORTS));
        TherapySummary two = SummaryUpdater.apply(one, null, ketamine("a2", Polarity.SUPPORTS));
        TherapySummary updated = SummaryUpdater.apply(two, ketamine("a2", Polarity.SUPPORTS),
                ketamine("a2", Polarity.REFUTES));

        assertEquals(2, updated.articleCount());
        assertEquals(1L, updated.claimsByPolarity().get(Polarity.SUPPORTS));
        assertEquals(1L, updated.claimsByPolarity().get(Polarity.REFUTES));
        assertEquals(SummaryUpdater.apply(one, null, ketamine("a2", Polarity.REFUTES)), updated);
    }

    @Test
    void removingTheLastContributionLeavesNoSummary() {
        TherapySummary one = SummaryUpdater.apply(null, null, ketamine("a1", Polarity.SUPPORTS));
        assertNull(SummaryUpdater.apply(one, ketamine("a1", Polarity.SUPPORTS), null));
    }

    @Test
    void replacingTheOnlyContributionStartsTheSummaryAfresh() {
        TherapySummary one = SummaryUpdater.apply(null, null, ketamine("a1", Polarity.SUPPORTS));
        TherapySummary replaced = SummaryUpdater.apply(one, ketamine("a1", Polarity.SUPPORTS),
                ketamine("a1", Polarity.NO_EFFECT));

        assertEquals(SummaryUpdater.apply(null, null, ketamine("a1", Polarity.NO_EFFECT)), replaced);
    }
}
