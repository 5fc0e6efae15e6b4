package io.litstream.aggregate.score;

import static io.litstream.topics.extraction.ComparatorKind.ACTIVE;
import static io.litstream.topics.extraction.ComparatorKind.BASELINE;
import static io.litstream.topics.extraction.ComparatorKind.PLACEBO;
import static io.litstream.topics.extraction.ComparatorKind.SHAM;
import static io.litstream.topics.extraction.ComparatorKind.USUAL_CARE;
import static io.litstream.topics.extraction.Direction.BETTER;
import static io.litstream.topics.extraction.Direction.NO_DIFFERENCE;
import static io.litstream.topics.extraction.Direction.WORSE;
import static io.litstream.topics.extraction.StudyDesign.CROSSOVER;
import static io.litstream.topics.extraction.StudyDesign.NON_RANDOMISED;
import static io.litstream.topics.extraction.StudyDesign.OPEN_LABEL;
import static io.litstream.topics.extraction.StudyDesign.RANDOMISED_CONTROLLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.aggregate.testing.ReferenceSummaries;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.summary.ClaimProvenance;
import io.litstream.topics.summary.EvidenceTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DesignWeightTest {

    /** An efficacy finding as extract writes it: its polarity follows from its direction. */
    private static ClaimProvenance finding(String articleId, Direction direction, ComparatorKind kind) {
        Polarity polarity = switch (direction) {
            case BETTER -> Polarity.SUPPORTS;
            case WORSE -> Polarity.REFUTES;
            case NO_DIFFERENCE -> Polarity.NO_EFFECT;
        };
        return new ClaimProvenance(articleId, null, null, null, null, polarity, EvidenceLevel.CLINICAL, false,
                "HAM-D scores against " + kind + ": " + direction, null, OutcomeMeasure.HAM_D, "HAM-D",
                direction, kind, kind == null ? null : kind.name().toLowerCase(Locale.ROOT), true);
    }

    private static ArticleFinding article(String articleId, StudyDesign design, Direction direction,
                                          ComparatorKind kind) {
        String url = articleId.startsWith("sha256:") ? "https://news.example/" + articleId.substring(7) : null;
        return ArticleFinding.of(articleId, url, "/in/x.txt", design, List.of(finding(articleId, direction, kind)));
    }

    private static double score(ArticleFinding... findings) {
        return EvidenceScore.of(ReferenceSummaries.tally(List.of(findings)));
    }

    @Test
    void aPlaceboControlledTrialCountsMoreThanAnActiveControlledOneAnOpenLabelOneOrAWebPage() {
        double placebo = score(article("doi:10.1/a", RANDOMISED_CONTROLLED, BETTER, PLACEBO));
        double sham = score(article("doi:10.1/a", CROSSOVER, BETTER, SHAM));
        double active = score(article("doi:10.1/a", RANDOMISED_CONTROLLED, BETTER, ACTIVE));
        double openLabel = score(article("doi:10.1/a", OPEN_LABEL, BETTER, PLACEBO));
        double nonRandomised = score(article("doi:10.1/a", NON_RANDOMISED, BETTER, USUAL_CARE));
        double webPage = score(article("sha256:b", null, BETTER, PLACEBO));

        assertEquals(placebo, sham);
        assertTrue(placebo > active && active > openLabel, placebo + " > " + active + " > " + openLabel);
        assertEquals(openLabel, nonRandomised, "neither is randomised");
        assertTrue(openLabel > webPage, openLabel + " > " + webPage);
    }

    @Test
    void theWeightsAreIntegerPointsFourTimesForPlaceboTwiceForOtherControlsAndOnceForBaseline() {
        assertEquals(64, article("doi:10.1/a", RANDOMISED_CONTROLLED, BETTER, PLACEBO).supportPoints());
        assertEquals(32, article("doi:10.1/a", RANDOMISED_CONTROLLED, BETTER, ACTIVE).supportPoints());
        assertEquals(32, article("doi:10.1/a", RANDOMISED_CONTROLLED, BETTER, null).supportPoints());
        assertEquals(16, article("doi:10.1/a", RANDOMISED_CONTROLLED, BETTER, BASELINE).supportPoints(),
                "a change from baseline is not a randomised comparison");
        assertEquals(16, article("doi:10.1/a", OPEN_LABEL, BETTER, PLACEBO).supportPoints());
        assertEquals(64, article("doi:10.1/a", RANDOMISED_CONTROLLED, NO_DIFFERENCE, PLACEBO).noEffectPoints());
        assertEquals(64, article("doi:10.1/a", RANDOMISED_CONTROLLED, WORSE, PLACEBO).refutePoints());
    }

    @Test
    void aNoDifferenceTrialCountsAgainstMoreThanANoDifferenceOpenLabelStudy() {
        ArticleFinding support = article("doi:10.1/a", RANDOMISED_CONTROLLED, BETTER, PLACEBO);
        double alone = score(support);
        double withOpenLabelNull = score(support, article("doi:10.2/b", OPEN_LABEL, NO_DIFFERENCE, PLACEBO));
        double withTrialNull = score(support, article("doi:10.2/b", RANDOMISED_CONTROLLED, NO_DIFFERENCE, PLACEBO));

        assertTrue(alone > withOpenLabelNull && withOpenLabelNull > withTrialNull,
                alone + " > " + withOpenLabelNull + " > " + withTrialNull);
    }

    @Test
    void theTallyCountsRandomisedTrialsByDirectionAndThoseAgainstPlaceboOnce() {
        ArticleFinding twoWays = ArticleFinding.of("doi:10.1/a", null, null, RANDOMISED_CONTROLLED, List.of(
                finding("doi:10.1/a", BETTER, PLACEBO), finding("doi:10.1/a", BETTER, PLACEBO),
                finding("doi:10.1/a", NO_DIFFERENCE, ACTIVE)));
        EvidenceTally tally = ReferenceSummaries.tally(List.of(twoWays,
                article("doi:10.2/b", CROSSOVER, NO_DIFFERENCE, ACTIVE),
                article("doi:10.3/c", OPEN_LABEL, BETTER, PLACEBO)));

        assertEquals(2, tally.randomisedTrialCount());
        assertEquals(Map.of(BETTER, 1L, NO_DIFFERENCE, 2L), tally.randomisedTrialsByDirectionOrEmpty());
        assertEquals(1, tally.placeboControlledTrialCount());
        assertEquals("supported by 2 clinical studies from 2 sources; 2 clinical studies found no effect; "
                + "2 randomised trials (1 placebo- or sham-controlled): 1 better, 2 no difference",
                Verdict.of(tally, 3));
    }

    /** The README's promise, with designs: a supporting trial never lowers the score, a no-difference one never raises it. */
    @Test
    void addingASupportingTrialNeverLowersTheScoreAndANoDifferenceTrialNeverRaisesIt() {
        Random random = new Random(2026);
        StudyDesign[] designs = StudyDesign.values();
        Direction[] directions = Direction.values();
        ComparatorKind[] kinds = ComparatorKind.values();
        for (int round = 0; round < 300; round++) {
            List<ArticleFinding> findings = new ArrayList<>();
            for (int i = random.nextInt(20); i > 0; i--) {
                String id = random.nextBoolean() ? "doi:10." + random.nextInt(5) + "/" + i : "sha256:" + i;
                findings.add(article(id, random.nextInt(4) == 0 ? null : designs[random.nextInt(designs.length)],
                        directions[random.nextInt(directions.length)],
                        random.nextInt(5) == 0 ? null : kinds[random.nextInt(kinds.length)]));
            }
            double before = EvidenceScore.of(ReferenceSummaries.tally(findings));
            ComparatorKind kind = kinds[random.nextInt(kinds.length)];
            StudyDesign design = random.nextBoolean() ? RANDOMISED_CONTROLLED : CROSSOVER;

            List<ArticleFinding> supported = new ArrayList<>(findings);
            supported.add(article("doi:10.9/s" + round, design, BETTER, kind));
            List<ArticleFinding> nulled = new ArrayList<>(findings);
            nulled.add(article("doi:10.9/n" + round, design, NO_DIFFERENCE, kind));
            double withSupport = EvidenceScore.of(ReferenceSummaries.tally(supported));
            double withNull = EvidenceScore.of(ReferenceSummaries.tally(nulled));

            assertTrue(withSupport >= before, before + " then " + withSupport + " after a supporting " + design);
            assertTrue(withNull <= before, before + " then " + withNull + " after a no-difference " + design);
        }
    }
}
