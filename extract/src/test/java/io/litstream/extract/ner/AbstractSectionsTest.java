package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbstractSectionsTest {
    @Test
    void thePartChangesAtAHeadingInsideASentenceAndHoldsUntilTheNext() {
        List<String[]> doc = List.of(
                new String[] {"Zinc", "for", "colds", "."},
                new String[] {"BACKGROUND", "Colds", "are", "common", "."},
                new String[] {"Adults", "were", "randomized", ".", "RESULTS", "Zinc", "helped", "."},
                new String[] {"CONCLUSIONS", "Take", "zinc", "."});

        AbstractSections.Parts parts = AbstractSections.of(doc);

        assertEquals(AbstractSections.NONE, parts.part().get(0)[0], "the title precedes every heading");
        assertEquals("background", parts.part().get(1)[3]);
        assertEquals("background", parts.part().get(2)[0], "a sentence without heading keeps the part");
        assertEquals("results", parts.part().get(2)[5]);
        assertEquals("conclusions", parts.part().get(3)[2]);
        assertArrayEquals(new boolean[] {false, false, false, false, true, false, false, false},
                parts.heading().get(2));
    }

    @Test
    void aHeadingWordInRunningTextIsNoHeading() {
        AbstractSections.Parts parts = AbstractSections.of(List.<String[]>of(
                new String[] {"Results", "of", "the", "methods", "."}));

        assertArrayEquals(new String[] {"none", "none", "none", "none", "none"}, parts.part().get(0));
        assertArrayEquals(new boolean[5], parts.heading().get(0));
    }

    @Test
    void kindredHeadingsNameTheSamePart() {
        AbstractSections.Parts parts = AbstractSections.of(List.<String[]>of(
                new String[] {"PATIENTS", "AND", "METHODS", "x", "OBJECTIVE", "y", "FINDINGS", "z"}));

        assertEquals("methods", parts.part().get(0)[3]);
        assertEquals("background", parts.part().get(0)[5]);
        assertEquals("results", parts.part().get(0)[7]);
    }
}
