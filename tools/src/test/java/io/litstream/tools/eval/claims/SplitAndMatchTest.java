package io.litstream.tools.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitAndMatchTest {
    @Test
    void theSplitFollowsTheAuditReadmesHashRule() {
        // the README's table and example: 01 and PMC1522015 are dev, 05 and 09 test
        assertEquals(Split.DEV, Split.of("PMC1522015"));
        assertEquals(Split.DEV, Split.of("pages/01-esketamine-news.html"));
        assertEquals(Split.TEST, Split.of("pages/05-ect-news.txt"));
        assertEquals(Split.TEST, Split.of("pages/09-icbt-blog.md"));
    }

    @Test
    void aTherapyMatchesAPhraseThatNamesItInWholeWords() {
        assertTrue(TherapyMatch.matches(List.of("ciprofloxacin"), "dual release ciprofloxacin for inhalation"));
        assertTrue(TherapyMatch.matches(List.of("Lutein"), "lutein supplementation"));
        assertFalse(TherapyMatch.matches(List.of("lutein"), "placebo"));
        assertFalse(TherapyMatch.matches(List.of("in"), "vitamin D"));
    }
}
