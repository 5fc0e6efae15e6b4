package io.litstream.extract.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextLocatorTest {
    @Test
    void sentencesAreFoundInOrderAndARepeatIsFoundAfterTheLastOne() {
        TextLocator locator = new TextLocator("Placebo. Drug A. Placebo.");
        assertEquals(0, locator.locate("Placebo."));
        assertEquals(9, locator.locate("Drug A."));
        assertEquals(17, locator.locate("Placebo."));
    }

    @Test
    void aSentenceTheCleanerRewroteIsNotLocated() {
        assertEquals(-1, new TextLocator("Drug\nA was given.").locate("Drug A was given."));
    }
}
