package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
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
    void aNameFoundOnceIsMarkedWhereverItComesBackInTheDocument() {
        List<String[]> doc = List.of(
                new String[] {"Metformin", "versus", "placebo"},
                new String[] {"Patients", "on", "metformin", "lost", "weight"});
        List<boolean[]> in = List.of(new boolean[] {true, false, true}, new boolean[5]);

        List<boolean[]> spread = InterventionSpans.spreadInDocument(doc, in);

        assertArrayEquals(new boolean[] {true, false, true}, spread.get(0));
        assertArrayEquals(new boolean[] {false, false, true, false, false}, spread.get(1));
    }

    @Test
    void functionWordsGenericHeadsAndShortWordsDoNotSpread() {
        List<String[]> doc = List.of(
                new String[] {"the", "group", "of", "UV"},
                new String[] {"the", "group", "of", "UV", "light"});
        List<boolean[]> in = List.of(new boolean[] {true, true, true, true}, new boolean[5]);

        List<boolean[]> spread = InterventionSpans.spreadInDocument(doc, in);

        // the name trims to "uv", too short to spread
        assertArrayEquals(new boolean[5], spread.get(1));
    }

    @Test
    void aMultiWordNameSpreadsOnlyAsAWhole() {
        List<String[]> doc = List.of(
                new String[] {"usual", "care"},
                new String[] {"usual", "dose", "and", "usual", "care"});
        List<boolean[]> in = List.of(new boolean[] {true, true}, new boolean[5]);

        assertArrayEquals(new boolean[] {false, false, false, true, true},
                InterventionSpans.spreadInDocument(doc, in).get(1));
    }

    @Test
    void runsOfMarkedTokensAreSpans() {
        assertArrayEquals(new Span[] {new Span(0, 2, "intervention"), new Span(3, 4, "intervention")},
                InterventionSpans.spans(new boolean[] {true, true, false, true}));
    }
}
