package io.litstream.aggregate.contribution;

import static io.litstream.aggregate.testing.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.serde.JsonSerde;
import io.litstream.topics.summary.ClaimProvenance;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contributions live in a changelogged store: one written by the previous code must still be read. */
class TherapyContributionCompatibilityTest {
    private final JsonSerde<TherapyContribution> serde = new JsonSerde<>(TherapyContribution.class);

    @Test
    void aContributionWrittenBeforeDesignsAndOutcomesWereCarriedIsReadWithEveryOldFieldAndNoneOfTheNew()
            throws IOException {
        byte[] written;
        try (InputStream in = getClass().getResourceAsStream("/previous-records/therapy-contribution-2026-12-07.json")) {
            written = in.readAllBytes();
        }
        TherapyContribution old = serde.deserializer().deserialize("t", written);

        assertEquals("esketamine|doi:10.5555/litstream.today.1", TherapyContribution.keyOf(old.therapyId(), old.articleId()));
        assertEquals(List.of("nmda-receptor"), old.mechanisms());
        assertEquals("DB11823", old.ids().drugbank());
        assertNull(old.design());
        assertNull(old.sampleSize());
        ClaimProvenance claim = old.claims().get(0);
        assertEquals("Esketamine nasal spray lowered MADRS scores more than the placebo spray by day 28.", claim.sentence());
        assertNull(claim.outcomeMeasure());
        assertNull(claim.direction());
        assertNull(claim.comparatorKind());
    }

    @Test
    void aTrialArticleContributesItsDesignSizeAndEachFindingsOutcomeDirectionAndComparator() {
        TherapyContribution c = Contributions.of("pmid:7", article("pmid:7")
                .design(StudyDesign.CROSSOVER).sampleSize(48)
                .finding("ketamine", OutcomeMeasure.HAM_D, Direction.BETTER, ComparatorKind.PLACEBO)
                .build()).get("ketamine");

        assertEquals(StudyDesign.CROSSOVER, c.design());
        assertEquals(48, c.sampleSize());
        ClaimProvenance claim = c.claims().get(0);
        assertEquals(OutcomeMeasure.HAM_D, claim.outcomeMeasure());
        assertEquals("ham_d score", claim.outcome());
        assertEquals(Direction.BETTER, claim.direction());
        assertEquals(ComparatorKind.PLACEBO, claim.comparatorKind());
        assertEquals("placebo", claim.comparator());
        assertEquals(Boolean.TRUE, claim.significanceStated());
        assertEquals(c, serde.deserializer().deserialize("t", serde.serializer().serialize("t", c)));
    }
}
