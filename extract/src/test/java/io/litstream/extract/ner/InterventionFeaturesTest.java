package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionFeaturesTest {
    private static final String[] WORDS = {"Patients", "received", "oral", "zinc", "versus", "placebo", "."};
    private static final String[] TAGS = {"NNS", "VBD", "JJ", "NN", "IN", "NN", "."};
    private static final String[][] CONTEXT = {{"s1"}, {"s1", "cue=received"}, {"s1"}, {"s1", "chem"},
            {"s1", "cue=versus"}, {"s1", "cmp"}, {"s1"}};

    @Test
    void shapeCollapsesRunsOfCharacterClasses() {
        assertEquals("Aa", InterventionFeatures.shape("Vitamin"));
        assertEquals("0-A0", InterventionFeatures.shape("5-HT3"));
        assertEquals("a", InterventionFeatures.shape("zinc"));
    }

    @Test
    void aTokenSeesItsWordsTagsAndContextLabels() {
        List<String> f = List.of(InterventionFeatures.token(WORDS, TAGS, CONTEXT, 3));

        assertTrue(f.contains("w=zinc"));
        assertTrue(f.contains("w-1=oral"));
        assertTrue(f.contains("w3=."));
        assertTrue(f.contains("t-2=VBD"));
        assertTrue(f.contains("tt=JJ_NN_IN"));
        assertTrue(f.contains("c=chem"));
        assertTrue(f.contains("c=chem_NN"));
    }

    @Test
    void cueComparatorAndChemicalLabelsAroundATokenAreSeenWithTheirSide() {
        List<String> f = List.of(InterventionFeatures.token(WORDS, TAGS, CONTEXT, 3));

        assertTrue(f.contains("Lcue=received"));
        assertTrue(f.contains("Rcue=versus"));
        assertTrue(f.contains("Rcmp"));
        assertFalse(f.contains("Lcmp"));
        assertFalse(f.contains("Lchem"), "a token's own label is not a neighbour's");
    }

    @Test
    void sentenceEdgesArePaddedNotSkipped() {
        List<String> f = List.of(InterventionFeatures.token(WORDS, TAGS, CONTEXT, 0));

        assertTrue(f.contains("w-1=<s>"));
        assertTrue(f.contains("t-2=<s>"));
    }

    @Test
    void theAbstractPartIsAddedAndAHeadingIsMarked() {
        String[] f = InterventionFeatures.withPart(new String[] {"bias", "w=results"}, "results", true);

        assertEquals(List.of("bias", "w=results", "sec=results", "hdr"), List.of(f));
        assertEquals(List.of("bias", "sec=none"),
                List.of(InterventionFeatures.withPart(new String[] {"bias"}, "none", false)));
    }
}
