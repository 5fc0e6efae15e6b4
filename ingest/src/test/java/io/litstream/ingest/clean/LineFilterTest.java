package io.litstream.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineFilterTest {
    @Test
    void aSentenceShownOncePerScreenSizeIsKeptOnce() {
        String text = "Free delivery on all orders over fifty euros.\n\nSpecs\n\nFree delivery on all orders over fifty euros.\nWeight: 2 kg";
        assertEquals("Free delivery on all orders over fifty euros.\n\nSpecs\n\nWeight: 2 kg", LineFilter.filtered(text));
    }

    @Test
    void aLabelRepeatedOncePerProductIsKeptOnce() {
        String text = "Lamp A\nRead the review\nLamp B\nRead the review";
        assertEquals("Lamp A\nRead the review\nLamp B", LineFilter.filtered(text));
    }

    @Test
    void shortLinesMayRepeat() {
        String text = "Size\nS\nM\nPrice\n$20.00\nSale price\n$20.00";
        assertEquals(text, LineFilter.filtered(text));
    }

    @Test
    void lonelyWidgetLabelsGoButTheSameWordsInSentencesStay() {
        String text = "Title\n5 min read\nWe share data openly.\nShare\n12 replies\nLoading...";
        assertEquals("Title\nWe share data openly.", LineFilter.filtered(text));
    }

    @Test
    void chromeIsRecognisedOnlyAsAWholeLine() {
        assertTrue(ChromeLines.isChrome("Posts: 1,204"));
        assertTrue(ChromeLines.isChrome("answered Mar 3, 2021 at 14:02"));
        assertFalse(ChromeLines.isChrome("Reply rates were higher in the treatment group."));
        assertFalse(ChromeLines.isChrome("Sorted by relevance, the results were"));
    }

    @Test
    void bylinesAndDatelinesAloneOnTheirLineAreChrome() {
        String text = "Light and Mood\nBy Ann Lee\nUpdated March 3, 2025\n12 Jan 2024, 09:30\n2025-03-03\n"
                + "Written by Dr. Sam Ortiz, MD\nTable of contents\nShow caption\n"
                + "By 2030, most clinics expect to offer light therapy.\nThe trial ran from March 2024 to May 2025.";
        assertEquals("Light and Mood\nBy 2030, most clinics expect to offer light therapy.\n"
                + "The trial ran from March 2024 to May 2025.", LineFilter.filtered(text));
    }

    @Test
    void aWordThatIsNotAMonthDoesNotMakeADate() {
        assertFalse(ChromeLines.isChrome("Windows 2000"));
        assertFalse(ChromeLines.isChrome("by the end of the study"));
        assertTrue(ChromeLines.isChrome("Sept. 4, 2025"));
        assertTrue(ChromeLines.isChrome("Posted 8 November 2022 by Dr. Ann Lee"));
    }

    @Test
    void emptyStaysEmpty() {
        assertEquals("", LineFilter.filtered(""));
    }
}
