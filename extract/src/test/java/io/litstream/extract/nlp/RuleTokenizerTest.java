package io.litstream.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
    private static List<String> tokens(String text) {
        return Arrays.stream(RuleTokenizer.tokenizePos(text)).map(s -> s.getCoveredText(text).toString()).toList();
    }

    @Test
    void punctuationAndBracketsBecomeTokensOfTheirOwn() {
        assertEquals(List.of("Lithium", "(", "Priadel", ")", "reduced", "suicide", ",", "\"", "clearly", "\"", "."),
                tokens("Lithium (Priadel) reduced suicide, \"clearly\"."));
        assertEquals(List.of("Remission", "was", "44", "%", "."), tokens("Remission was 44%."));
    }

    @Test
    void innerPunctuationAndAbbreviationsStayWhole() {
        assertEquals(List.of("5-HT2A", "and", "GABA(A)", "at", "p", "=", "0.05", "in", "N,N-DMT"),
                tokens("5-HT2A and GABA(A) at p = 0.05 in N,N-DMT"));
        assertEquals(List.of("Dr.", "Smith", "used", "e.g.", "ECT", "."), tokens("Dr. Smith used e.g. ECT."));
    }

    @Test
    void negationCliticsAreSplitAndOffsetsPointIntoTheText() {
        String text = "It didn't work.";
        Span[] spans = RuleTokenizer.tokenizePos(text);
        assertEquals(List.of("It", "did", "n't", "work", "."), tokens(text));
        assertEquals(3, spans[1].getStart());
        assertEquals(text.length(), spans[spans.length - 1].getEnd());
    }
}
