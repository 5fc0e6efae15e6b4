package io.litstream.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void pluralsFoldToTheSingular() {
        assertEquals("therapy", TextNormalizer.fold("Therapies"));
        assertEquals("receptor", TextNormalizer.fold("receptors"));
        assertEquals("process", TextNormalizer.fold("processes"));
        assertEquals("stress", TextNormalizer.fold("stress"));
        assertEquals("analysis", TextNormalizer.fold("analysis"));
        assertEquals("stimulus", TextNormalizer.fold("stimulus"));
    }

    @Test
    void britishSpellingAndGreekLettersFold() {
        assertEquals(TextNormalizer.fold("behavioral"), TextNormalizer.fold("behavioural"));
        assertEquals(TextNormalizer.fold("behavior"), TextNormalizer.fold("Behaviour"));
        assertEquals("your", TextNormalizer.fold("your"));
        assertEquals("alpha", TextNormalizer.fold("α"));
        assertEquals("1beta", TextNormalizer.fold("1β"));
    }

    @Test
    void abbreviationsKeepTheirCaseAndLoseOnlyAPluralS() {
        assertEquals("MSC", TextNormalizer.exact("MSCs"));
        assertEquals("TMS", TextNormalizer.exact("TMS"));
        assertTrue(TextNormalizer.isAbbreviationLike("TMS"));
        assertTrue(TextNormalizer.isAbbreviationLike("rTMS"));
        assertTrue(TextNormalizer.isAbbreviationLike("BoNT"));
        assertTrue(TextNormalizer.isAbbreviationLike("A"));
        assertFalse(TextNormalizer.isAbbreviationLike("Botox"));
        assertFalse(TextNormalizer.isAbbreviationLike("a"));
    }
}
