package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class InterventionSpansTest {
    @Test
    void aTokenIsInFromTheThresholdOn() {
        assertArrayEquals(new boolean[] {false, true, true}, InterventionSpans.decide(new double[] {0.19, 0.2, 0.9}, 0.2));
    }

    @Test
    void aWeakerTokenBetweenTwoInterventionTokensJoinsThem() {
        // "aspirin and clopidogrel": "and" at 0.12 is above half the threshold
        boolean[] in = InterventionSpans.decide(new double[] {0.8, 0.12, 0.7}, 0.2);

        assertArrayEquals(new boolean[] {true, true, true}, in);
    }

    @Test
    void aGapBelowHalfTheThresholdOrAtTheEdgeStaysOut() {
        assertArrayEquals(new boolean[] {true, false, true}, InterventionSpans.decide(new double[] {0.8, 0.05, 0.7}, 0.2));
        assertArrayEquals(new boolean[] {false, true, false}, InterventionSpans.decide(new double[] {0.15, 0.7, 0.15}, 0.2));
    }

    @Test
    void runsOfMarkedTokensAreSpans() {
        assertArrayEquals(new Span[] {new Span(0, 2, "intervention"), new Span(3, 4, "intervention")},
                InterventionSpans.spans(new boolean[] {true, true, false, true}));
    }
}
