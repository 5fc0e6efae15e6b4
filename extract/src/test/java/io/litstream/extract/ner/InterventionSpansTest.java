package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class InterventionSpansTest {
    @Test
    void aTokenWellOverTheThresholdIsInAndOneWellUnderIsOut() {
        assertArrayEquals(new boolean[] {false, true, false}, InterventionSpans.decide(new double[] {0.05, 0.9, 0.05}, 0.3));
    }

    @Test
    void aTokenJustUnderTheThresholdJoinsAStrongNeighbour() {
        // log-odds 0.06 under the threshold's, against a change from out to in (0.25)
        assertArrayEquals(new boolean[] {true, true}, InterventionSpans.decide(new double[] {0.19, 0.9}, 0.2));
    }

    @Test
    void aWeakerTokenBetweenTwoInterventionTokensJoinsThem() {
        // "aspirin and clopidogrel": "and" at 0.15 costs less than leaving and re-entering
        assertArrayEquals(new boolean[] {true, true, true}, InterventionSpans.decide(new double[] {0.8, 0.15, 0.7}, 0.2));
    }

    @Test
    void aWeakGapBetweenTwoInterventionTokensStaysOut() {
        assertArrayEquals(new boolean[] {true, false, true}, InterventionSpans.decide(new double[] {0.8, 0.05, 0.7}, 0.2));
    }

    @Test
    void aLoneTokenJustOverTheThresholdStaysOut() {
        assertArrayEquals(new boolean[] {false, false, false}, InterventionSpans.decide(new double[] {0.05, 0.22, 0.05}, 0.2));
        assertArrayEquals(new boolean[] {false, false}, InterventionSpans.decide(new double[] {0.22, 0.05}, 0.2));
    }

    @Test
    void certainProbabilitiesAndAnEmptySentenceAreDecided() {
        assertArrayEquals(new boolean[] {true, false}, InterventionSpans.decide(new double[] {1.0, 0.0}, 0.3));
        assertArrayEquals(new boolean[0], InterventionSpans.decide(new double[0], 0.3));
    }

    @Test
    void runsOfMarkedTokensAreSpans() {
        assertArrayEquals(new Span[] {new Span(0, 2, "intervention"), new Span(3, 4, "intervention")},
                InterventionSpans.spans(new boolean[] {true, true, false, true}));
    }
}
