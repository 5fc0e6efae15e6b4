package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterventionCuesTest {
    private static InterventionCues parse(String text) throws IOException {
        return InterventionCues.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsEachKindAndSkipsCommentsAndBlankLines() throws IOException {
        InterventionCues cues = parse("# header\n\ncomparator\tSham\ncue\tversus\n");

        assertEquals(Set.of("sham"), cues.comparators());
        assertEquals(Set.of("versus"), cues.cues());
        assertTrue(cues.isComparator("SHAM"));
        assertFalse(cues.isCue("sham"));
    }

    @Test
    void anUnknownKindOrAMissingWordIsAnErrorWithItsLine() {
        IOException unknown = assertThrows(IOException.class, () -> parse("drug\taspirin\n"));
        IOException missing = assertThrows(IOException.class, () -> parse("cue\tversus\ncomparator\n"));

        assertTrue(unknown.getMessage().contains("line 1"), unknown.getMessage());
        assertTrue(missing.getMessage().contains("line 2"), missing.getMessage());
    }

    @Test
    void theShippedFileKnowsPlaceboAndVersus() {
        InterventionCues shipped = InterventionCues.shipped();

        assertTrue(shipped.isComparator("placebo"));
        assertTrue(shipped.isCue("versus"));
    }
}
