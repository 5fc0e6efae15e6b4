package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.extract.nlp.NlpModels;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {
    @Test
    void refineSplitsHyphensSlashesAndBracketsInsideTokens() {
        String text = "[3H]-naloxone and lithium/valproate";
        Span[] coarse = {new Span(0, 13), new Span(14, 17), new Span(18, 35)};

        String[] words = TokenSpans.texts(text, NerTokenizer.refine(text, coarse));

        assertArrayEquals(new String[] {"[", "3H", "]", "-", "naloxone", "and", "lithium", "/", "valproate"}, words);
    }

    @Test
    void aLoneSeparatorStaysOneToken() {
        String text = "a - b";
        Span[] coarse = {new Span(0, 1), new Span(2, 3), new Span(4, 5)};

        assertEquals(3, NerTokenizer.refine(text, coarse).length);
    }

    @Test
    void pipelineTokensAlignWithAMentionInsideAHyphenatedWord() {
        NerTokenizer tokenizer = new NerTokenizer(NlpModels.english());
        String sentence = "Binding of [3H]-naloxone was reduced.";
        Span[] tokens = tokenizer.tokens(sentence);
        int start = sentence.indexOf("naloxone");

        Span name = TokenSpans.toTokens(tokens, start, start + "naloxone".length(), "chemical");

        assertEquals("naloxone", sentence.substring(tokens[name.getStart()].getStart(), tokens[name.getEnd() - 1].getEnd()));
        assertEquals(new Span(start, start + 8, "chemical"), TokenSpans.toChars(tokens, name));
    }

    @Test
    void aSpanEndingInsideATokenDoesNotAlign() {
        String text = "lithium carbonate";
        Span[] tokens = {new Span(0, 7), new Span(8, 17)};

        assertNull(TokenSpans.toTokens(tokens, 0, 12, "chemical"));
        assertNull(TokenSpans.toTokens(tokens, 2, 7, "chemical"));
        assertEquals(new Span(0, 2, "chemical"), TokenSpans.toTokens(tokens, 0, 17, "chemical"));
    }
}
