package io.litstream.extract.ner;

 import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionStackingTest {
    private static final List<String[]> DOC = List.of(
            new String[] {"Zinc", "versus", "placebo"},
            new String[] {"Patients", "on", "zinc", "recovered"});
    private static final List<String[][]> FEATURES = List.of(
            new String[][] {{"w=zinc"}, {"w=versus"}, {"w=placebo"}},
            new String[][] {{"w=patients"}, {"w=on"}, {"w=zinc"}, {"w=recovered"}});
    /** Per token: intervention, participants, outcome. */
    private static final List<double[][]> FIRST = List.of(
            new double[][] {{0.95, 0, 0}, {0.15, 0, 0}, {0.8, 0, 0.1}},
            new double[][] {{0.02, 0.9, 0}, {0.05, 0.1, 0.1}, {0.35, 0, 0.2}, {0.0, 0, 0.75}});

    /** The second pass's features of one token of {@link #DOC}. */
    private static List<String> featuresOf(int sentence, int token) {
        return List.of(InterventionStacking.features(DOC, FEATURES, FIRST).get(sentence)[token]);
    }

    @Test
    void aTokenKeepsItsFeaturesAndSeesTheFirstPassAroundIt() {
        List<String> f = featuresOf(0, 1);

        assertEquals("w=versus", f.get(0));
        assertTrue(f.contains("p0=1"));
        assertTrue(f.contains("p-1=9"));
        assertTrue(f.contains("p1=8"));
        assertTrue(f.contains("p-2=x"), "before the sentence");
        assertTrue(f.contains("p2=x"), "after the sentence");
        assertTrue(f.contains("pLR=9_8"));
        assertTrue(f.contains("p0w=1_versus"));
    }

    @Test
    void aRepeatSeesTheBestProbabilityOfItsWordInTheDocument() {
        List<String> f = featuresOf(1, 2);

        assertTrue(f.contains("p0=3"));
        assertTrue(f.contains("pdoc=9"), "'Zinc' in the title, case folded");
        assertTrue(f.contains("psent=3"), "the best token of its own sentence");
    }

    @Test
    void aTokenSeesHowFarTheNearestLikelyTokensStand() {
        // "versus" in "Zinc versus placebo": likely tokens (0.5 or more) one to the left and one to the right
        List<String> versus = featuresOf(0, 1);
        assertTrue(versus.contains("dl=1"));
        assertTrue(versus.contains("dr=1"));
        assertTrue(versus.contains("dlr=1_1"));
        assertTrue(versus.contains("p3=x_x"), "three tokens away is outside the sentence");

        // "Patients on zinc recovered": no token reaches 0.5
        List<String> patients = featuresOf(1, 0);
        assertTrue(patients.contains("dlr=n_n"));
        assertTrue(patients.contains("p3=0_x"), "'recovered' three to the right");
    }

    @Test
    void aTokenSeesWhetherItAndItsNeighboursLookLikeParticipantsOrAnOutcome() {
        // "on" in "Patients on zinc recovered"
        List<String> on = featuresOf(1, 1);

        assertTrue(on.contains("pp-1=9"), "'Patients' to the left");
        assertTrue(on.contains("pp0=1"));
        assertTrue(on.contains("pu0=1"));
        assertTrue(on.contains("pu1=2"), "'zinc' to the right");

        List<String> recovered = featuresOf(1, 3);
        assertTrue(recovered.contains("pu0=7"));
        assertTrue(recovered.contains("pp1=x"), "after the sentence");
    }

    @Test
    void aRepeatSeesHowMuchItsWordLooksLikeParticipantsOrAnOutcomeElsewhere() {
        // "zinc" in the body: outcome 0.2 there, 0 as the title's "Zinc"; no participants anywhere
        List<String> zinc = featuresOf(1, 2);
        assertTrue(zinc.contains("pdocu=2"));
        assertTrue(zinc.contains("pdocp=0"));

        List<String> patients = featuresOf(1, 0);
        assertTrue(patients.contains("pdocp=9"));
    }

    @Test
    void probabilitiesAreCutIntoTenths() {
        assertEquals("0", InterventionStacking.tenth(0.0));
        assertEquals("2", InterventionStacking.tenth(0.25));
        assertEquals("9", InterventionStacking.tenth(0.95));
        assertEquals("9", InterventionStacking.tenth(1.0));
    }
}
