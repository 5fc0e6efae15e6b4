package io.litstream.extract.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TrialArmFinderTest {
    @Test
    void aSpanJoiningTwoArmsIsCutAtTheJoiningWordAndLosesALeadingTo() {
        String[] words = {"randomized", "to", "esketamine", "56", "mg", "or", "to", "placebo", "daily"};
        List<Span> pieces = TrialArmFinder.pieces(words, new Span[] {new Span(2, 8)});
        assertEquals(List.of(new Span(2, 5), new Span(7, 8)), pieces);
    }

    @Test
    void versusAloneLeavesNoArm() {
        String[] words = {"A", "versus", "B"};
        assertEquals(List.of(new Span(0, 1), new Span(2, 3)),
                TrialArmFinder.pieces(words, new Span[] {new Span(0, 3)}));
        assertEquals(List.of(), TrialArmFinder.pieces(words, new Span[] {new Span(1, 2)}));
    }
}
