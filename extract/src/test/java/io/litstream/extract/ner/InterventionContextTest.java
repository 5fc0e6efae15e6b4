package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class InterventionContextTest {
    private static final InterventionCues CUES = new InterventionCues(Set.of("placebo"), Set.of("versus"));
    private static final DocumentWords NONE = new DocumentWords(Set.of(), Map.of());

    @Test
    void marksChemicalTokensAndTheSentencePosition() {
        String[][] context = InterventionContext.of(new String[] {"w", "x", "y", "z"}, 1,
                new Span[] {new Span(1, 3, "chemical")}, NONE, CUES);

        assertArrayEquals(new String[][] {{"s1"}, {"s1", "chem"}, {"s1", "chem"}, {"s1"}}, context);
    }

    @Test
    void laterSentencesShareOnePosition() {
        String[] words = {"w"};
        assertArrayEquals(InterventionContext.of(words, 3, new Span[0], NONE, CUES),
                InterventionContext.of(words, 40, new Span[0], NONE, CUES));
    }

    @Test
    void comparatorHeadsAndCueWordsAreLabelledWhateverTheirCase() {
        String[][] context = InterventionContext.of(new String[] {"Aspirin", "Versus", "PLACEBO"}, 0, new Span[0],
                NONE, CUES);

        assertEquals(List.of("s0", "cue=versus"), List.of(context[1]));
        assertEquals(List.of("s0", "cmp"), List.of(context[2]));
    }

    @Test
    void tokensInsideBracketsAreLabelledButNotTheBrackets() {
        String[][] context = InterventionContext.of(new String[] {"drug", "(", "10", "mg", ")", "daily"}, 0,
                new Span[0], NONE, CUES);

        assertFalse(List.of(context[1]).contains("paren"));
        assertTrue(List.of(context[2]).contains("paren"));
        assertTrue(List.of(context[3]).contains("paren"));
        assertFalse(List.of(context[4]).contains("paren"));
        assertFalse(List.of(context[5]).contains("paren"));
    }

    @Test
    void titleWordsAreLabelledOutsideTheTitleAndFrequentWordsEverywhere() {
        DocumentWords doc = DocumentWords.of(List.of(
                new String[] {"Exercise", "for", "asthma"},
                new String[] {"Exercise", "helped", "exercise"}));

        String[][] title = InterventionContext.of(new String[] {"Exercise"}, 0, new Span[0], doc, CUES);
        String[][] later = InterventionContext.of(new String[] {"exercise", "helped"}, 1, new Span[0], doc, CUES);

        assertEquals(List.of("s0", "freq"), List.of(title[0]));
        assertEquals(List.of("s1", "intitle", "freq"), List.of(later[0]));
        assertEquals(List.of("s1"), List.of(later[1]));
    }
}
