package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.nlp.Sentence;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A trial report's results on outcomes the cue words do not know. */
class SentenceReadingsTest {
    private final SentenceReadings readings = new SentenceReadings(new ClaimRules());

    private static Sentence sentence(String text) {
        return new Sentence(0, text, 0, text.length(), List.of());
    }

    @Test
    void aComparisonOnAnOutcomeTheCuesDoNotKnowIsAnEfficacyResultInATrialReport() {
        Sentence s = sentence("Bone loss at the hip was smaller in the alendronate group than in the placebo group (P = 0.004).");
        assertFalse(readings.of(s, false).types().containsKey(ClaimType.EFFICACY));
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.SUPPORTS), readings.ofTrialReport(s, false).types());
    }

    @Test
    void aResultWhoseNumbersAreNotSignificantReadsAsNoEffect() {
        Sentence s = sentence("Grip strength at one year was 31 kg with cycling and 30 kg with rowing (P = 0.62).");
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.NO_EFFECT), readings.ofTrialReport(s, false).types());
    }

    @Test
    void howTheArmsStoodAtEnrolmentIsNoResult() {
        Sentence s = sentence("At baseline, grip strength was higher in the cycling group than in the rowing group (P = 0.03).");
        assertTrue(readings.ofTrialReport(s, false).types().isEmpty());
    }

    @Test
    void aSentenceThatStatesNeitherAComparisonNorItsSignificanceStaysUnread() {
        Sentence s = sentence("Grip strength was measured with a hand dynamometer and rose over the year.");
        assertTrue(readings.ofTrialReport(s, false).types().isEmpty());
    }
}
