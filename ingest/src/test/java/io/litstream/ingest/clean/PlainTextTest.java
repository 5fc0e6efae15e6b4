package io.litstream.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void normalisesLineEndings() {
        assertEquals("one\ntwo\nthree", PlainText.normalise("one\r\ntwo\rthree"));
    }

    @Test
    void collapsesRunsOfSpacesAndTabsInsideLines() {
        assertEquals("a b c", PlainText.normalise("  a \t  b\u00a0\u00a0c   "));
    }

    @Test
    void keepsParagraphBreaksButNoMoreThanOneBlankLine() {
        assertEquals("first\n\nsecond\nthird", PlainText.normalise("\n\nfirst\n \n\n\n   \nsecond\nthird\n\n"));
    }

    @Test
    void dropsControlAndZeroWidthCharacters() {
        assertEquals("clean text", PlainText.normalise("cl\u200bean\u0000 te\u00adxt\u0007"));
    }

    @Test
    void emptyAndNullGiveEmpty() {
        assertEquals("", PlainText.normalise(null));
        assertEquals("", PlainText.normalise(" \n \t "));
    }
}
