package io.litstream.tools.ner;

import io.litstream.extract.ner.TaggedToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameFinderScorerTest {
    @Test
    void f1CountsCompareItemsExactly() {
        F1Counts c = F1Counts.compare(List.of("d:0:8", "d:20:29", "d:40:45"), List.of("d:0:8", "d:20:28"));

        assertEquals(new F1Counts(1, 1, 2), c);
        assertEquals(0.5, c.precision(), 1e-9);
        assertEquals(1.0 / 3, c.recall(), 1e-9);
        assertEquals(0.4, c.f1(), 1e-9);
    }

    @Test
    void nothingPredictedOnNothingScoresZeroNotNaN() {
        assertEquals(0.0, F1Counts.ZERO.f1());
        assertEquals(0.0, F1Counts.compare(List.of("a"), List.of()).f1());
    }

    @Test
    void tokenScoresCountCorpusTokensNotPieces() {
        InterventionSentence s = InterventionCorpus.sentence("1", true, List.of(
                new TaggedToken("Low-dose", "I-INT"), new TaggedToken("aspirin", "I-INT"),
                new TaggedToken("versus", "O"), new TaggedToken("placebo", "I-INT")));
        // pieces: Low - dose aspirin versus placebo; predicted: "dose aspirin versus"
        Span[] predicted = {new Span(2, 5, "intervention")};

        F1Counts c = NameFinderScorer.tokenCounts(s, predicted);

        // Low-dose (via its piece "dose") and aspirin right, versus wrong, placebo missed
        assertEquals(new F1Counts(2, 1, 1), c);
    }
}
