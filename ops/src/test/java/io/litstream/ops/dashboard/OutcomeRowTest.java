package io.litstream.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.aggregate.contribution.Contributions;
import io.litstream.aggregate.summary.SummaryMath;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Outcome;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StatedSignificance;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeRowTest {

    private static Claim finding(String sentence, OutcomeMeasure measure, Direction direction, ComparatorKind kind,
                                 String comparator) {
        Polarity polarity = direction == Direction.BETTER ? Polarity.SUPPORTS
                : direction == Direction.WORSE ? Polarity.REFUTES : Polarity.NO_EFFECT;
        return new Claim("bright-light", "bright light therapy", ClaimType.EFFICACY, polarity, false,
                EvidenceLevel.CLINICAL, sentence, List.of(), 3, "bright light", comparator, kind,
                new Outcome(sentence, measure), direction, new StatedSignificance(true, null, null, null, null));
    }

    private static ArticleExtraction article(String id, StudyDesign design, Integer size, Claim... claims) {
        return new ArticleExtraction(id, "test://" + id, "Light in winter " + id, null, 2025, "test",
                Instant.parse("2025-02-01T00:00:00Z"), List.of(), List.of(), List.of(claims), 8, 200, null, design,
                size);
    }

    private static TherapySummary summaryOf(ArticleExtraction... articles) {
        TherapySummary s = SummaryMath.empty();
        for (ArticleExtraction a : articles) {
            s = SummaryMath.add(s, Contributions.of(a.articleId(), a).get("bright-light"));
        }
        return s;
    }

    @Test
    void eachOutcomeIsOneRowWithArticlesAndTrialsByDirectionComparatorsAndParticipantsMostTrialsFirst() {
        TherapySummary s = summaryOf(
                article("doi:10.1/a", StudyDesign.RANDOMISED_CONTROLLED, 64,
                        finding("HAM-D scores fell further under light than under dim red light.", OutcomeMeasure.HAM_D,
                                Direction.BETTER, ComparatorKind.SHAM, "dim red light"),
                        finding("Dropout did not differ between the arms.", OutcomeMeasure.DROPOUT,
                                Direction.NO_DIFFERENCE, ComparatorKind.SHAM, "dim red light")),
                article("doi:10.2/b", StudyDesign.RANDOMISED_CONTROLLED, null,
                        finding("HAM-D scores fell as much as with fluoxetine.", OutcomeMeasure.HAM_D,
                                Direction.NO_DIFFERENCE, ComparatorKind.ACTIVE, "fluoxetine")),
                article("sha256:c", null, null,
                        finding("Readers felt their HAM-D scores drop with a light box.", OutcomeMeasure.HAM_D,
                                Direction.BETTER, ComparatorKind.BASELINE, "before")));

        List<OutcomeRow> rows = OutcomeRow.of(s);

        assertEquals(List.of("HAM-D", "dropout"), rows.stream().map(OutcomeRow::outcome).toList());
        OutcomeRow hamD = rows.get(0);
        assertEquals(new OutcomeRow.Counts(3, 2, 1, 0), hamD.articles());
        assertEquals(new OutcomeRow.Counts(2, 1, 1, 0), hamD.trials());
        assertEquals("sham 1 · active 1 · baseline 1", hamD.comparators(), "most articles first, then in the kinds' order");
        assertEquals(64, hamD.participants());
        assertEquals(1, hamD.trialsWithoutSize());
        assertEquals(new OutcomeRow.Counts(1, 0, 1, 0), rows.get(1).trials());
    }

    @Test
    void aTherapyWithoutOutcomeFindingsHasNoRows() {
        Claim plain = new Claim("bright-light", "bright light therapy", ClaimType.EFFICACY, Polarity.SUPPORTS, false,
                EvidenceLevel.UNSPECIFIED, "A light box can lift a winter low.", List.of(), 0);

        assertEquals(List.of(), OutcomeRow.of(summaryOf(article("sha256:d", null, null, plain))));
    }
}
