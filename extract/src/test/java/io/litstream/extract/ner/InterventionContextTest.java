package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class InterventionContextTest {
    @Test
    void marksChemicalTokensAndTheSentencePosition() {
        String[][] context = InterventionContext.of(4, 1, new Span[] {new Span(1, 3, "chemical")});

        assertArrayEquals(new String[][] {{"s1"}, {"s1", "chem"}, {"s1", "chem"}, {"s1"}}, context);
    }

    @Test
    void laterSentencesShareOnePosition() {
        assertArrayEquals(InterventionContext.of(1, 3, new Span[0]), InterventionContext.of(1, 40, new Span[0]));
    }
}
