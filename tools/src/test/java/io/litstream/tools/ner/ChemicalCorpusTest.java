package io.litstream.tools.ner;

import io.litstream.extract.ner.NerTokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.nlp.NlpModels;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class ChemicalCorpusTest {
    private static PubTatorDocument document() {
        String title = "Lithium carbonate in mania.";
        String abs = "Patients took lithium carbonate. Mood improved after haloperidol.";
        String text = title + " " + abs;
        return new PubTatorDocument("7", title, abs, List.of(
                mention(text, "Lithium carbonate", 0),
                new PubTatorMention(text.indexOf("mania"), text.indexOf("mania") + 5, "mania", "Disease"),
                mention(text, "lithium carbonate", 0),
                mention(text, "haloperidol", 0),
                new PubTatorMention(text.indexOf("Mood") + 1, text.indexOf("Mood") + 4, "ood", "Chemical")));
    }

    @Test
    void eachSentenceBecomesASampleWithItsChemicalsAsTokenSpans() {
        ChemicalCorpus corpus = ChemicalCorpus.of(List.of(document()), new NerTokenizer(NlpModels.english()));

        assertEquals(3, corpus.sentences().size());
        assertEquals(4, corpus.mentions());
        assertEquals(3, corpus.aligned(), "the mention inside a word cannot align and is only counted");
        AlignedSentence first = corpus.sentences().get(0);
        assertTrue(first.firstOfDocument());
        assertFalse(corpus.sentences().get(1).firstOfDocument());
        NameSample sample = first.toNameSample();
        assertEquals(1, sample.getNames().length);
        Span name = sample.getNames()[0];
        assertEquals("chemical", name.getType());
        assertEquals("Lithium carbonate", String.join(" ", List.of(sample.getSentence()).subList(name.getStart(), name.getEnd())));
        assertTrue(sample.isClearAdaptiveDataSet());
    }

    private static PubTatorMention mention(String text, String surface, int from) {
        int start = text.indexOf(surface, from);
        return new PubTatorMention(start, start + surface.length(), surface, "Chemical");
    }
}
