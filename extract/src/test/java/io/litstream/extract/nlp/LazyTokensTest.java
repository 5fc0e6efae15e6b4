package io.litstream.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class LazyTokensTest {
    @Test
    void aSentenceIsTaggedOnceAndOnlyWhenATagIsRead() {
        AtomicInteger taggings = new AtomicInteger();
        String text = "Ketamine works";
        LazyTokens tokens = new LazyTokens(new String[] {"Ketamine", "works"},
                new Span[] {new Span(0, 8), new Span(9, 14)}, words -> {
                    taggings.incrementAndGet();
                    return new String[] {"NNP", "VBZ"};
                });
        Sentence sentence = new Sentence(0, text, 0, text.length(), tokens);

        assertEquals(2, sentence.tokens().size());
        assertEquals("works", sentence.tokens().get(1).text());
        assertEquals(9, sentence.tokens().get(1).start());
        assertEquals(0, taggings.get());

        assertTrue(sentence.hasVerb());
        assertEquals("NNP", sentence.tokens().get(0).pos());
        assertEquals(1, taggings.get());
    }

    @Test
    void anAuxiliaryAnswersTheVerbQuestionWithoutTagging() {
        AtomicInteger taggings = new AtomicInteger();
        LazyTokens tokens = new LazyTokens(new String[] {"It", "was", "effective"},
                new Span[] {new Span(0, 2), new Span(3, 6), new Span(7, 16)}, words -> {
                    taggings.incrementAndGet();
                    return new String[] {"PRP", "VBD", "JJ"};
                });
        assertTrue(new Sentence(0, "It was effective", 0, 16, tokens).hasVerb());
        assertEquals(0, taggings.get());
    }
}
