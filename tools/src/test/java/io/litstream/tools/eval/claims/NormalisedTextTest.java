package io.litstream.tools.eval.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisedTextTest {
    @Test
    void aSentenceWhoseWhiteSpaceDiffersIsFoundAtItsOriginalOffsets() {
        String raw = "Title\n\nThe  drug\nworked (p < 0.05). Next.";
        NormalisedText t = NormalisedText.of(raw);
        List<Span> found = t.find("The drug worked (p < 0.05).");
        assertEquals(List.of(new Span(7, 35)), found);
        assertEquals("The  drug\nworked (p < 0.05).", raw.substring(7, 35));
    }

    @Test
    void everyOccurrenceIsFound() {
        assertEquals(2, NormalisedText.of("It helped. It helped.").find("It helped.").size());
    }

    @Test
    void spansOverlapOnlyWhenTheyShareACharacter() {
        assertEquals(true, new Span(0, 5).overlaps(new Span(4, 9)));
        assertEquals(false, new Span(0, 5).overlaps(new Span(5, 9)));
    }

    @Test
    void codePointOffsetsBecomeJavaIndicesPastACharacterOutsideTheBasicPlane() {
        String text = "\uD835\uDC00 drug worked";
        assertEquals(new Span(3, 7), CodePoints.span(text, 2, 6));
    }
}
