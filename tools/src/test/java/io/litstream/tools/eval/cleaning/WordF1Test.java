package io.litstream.tools.eval.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordF1Test {
    @Test
    void countsWordsAsABagLowerCasedWithPunctuationIgnored() {
        WordF1 s = WordF1.of("The cat, the cat!", "the Cat sat");
        // predicted: the x2, cat x2 (4 words); reference: the, cat, sat (3); overlap: the 1 + cat 1 = 2
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), s.f1(), 1e-9);
    }

    @Test
    void wordsAreUnicodeAware() {
        assertEquals(1.0, WordF1.of("Über Straße café", "über straße CAFÉ").f1(), 1e-9);
    }

    @Test
    void emptyReferencesScoreOneOnlyAgainstEmptyPredictions() {
        assertEquals(1.0, WordF1.of("", "").f1());
        assertEquals(0.0, WordF1.of("text", "").f1());
        assertEquals(0.0, WordF1.of("", "text").f1());
    }
}
