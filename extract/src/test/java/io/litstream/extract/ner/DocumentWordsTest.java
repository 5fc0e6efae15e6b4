package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentWordsTest {
    @Test
    void titleAndCountsKeepContentWordsInLowerCase() {
        DocumentWords doc = DocumentWords.of(List.of(
                new String[] {"Zinc", "for", "the", "common", "cold", "in", "US"},
                new String[] {"Zinc", "shortened", "the", "cold"}));

        assertEquals(Set.of("zinc", "common", "cold"), doc.title());
        assertEquals(Map.of("zinc", 2, "common", 1, "cold", 2, "shortened", 1), doc.counts());
        assertTrue(doc.inTitle("ZINC"));
        assertFalse(doc.inTitle("shortened"));
    }

    @Test
    void aWordIsFrequentFromThreeOccurrences() {
        DocumentWords doc = DocumentWords.of(List.of(new String[] {"yoga", "yoga"}, new String[] {"Yoga", "tai"}));

        assertTrue(doc.frequent("yoga"));
        assertFalse(doc.frequent("tai"));
    }
}
