package io.litstream.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {
    private static NlpPipeline pipeline;

    @BeforeAll
    static void loadModels() {
        pipeline = new NlpPipeline(NlpModels.english());
    }

    @Test
    void splitsAParagraphIntoSentencesWithOffsetsTokensAndTags() {
        String text = "Lithium reduced the risk of suicide. Dr. Smith prescribed it in 2020.";
        List<Sentence> sentences = pipeline.sentences(text, 7);

        assertEquals(2, sentences.size());
        Sentence first = sentences.get(0);
        assertEquals(7, first.index());
        assertEquals("Lithium reduced the risk of suicide.", first.text());
        assertEquals(first.text(), text.substring(first.start(), first.end()));
        assertEquals("Lithium", first.tokens().get(0).text());
        assertEquals(first.tokens().size(), first.tokens().stream().filter(t -> !t.pos().isEmpty()).count());
        assertTrue(first.hasVerb());
        assertEquals(8, sentences.get(1).index());
    }

    @Test
    void aHeadingNeverMergesIntoTheSentenceAfterIt() {
        List<Paragraph> paragraphs = pipeline.analyze(null, "Ketamine Infusions\nPatients improved within hours.");

        assertEquals(2, paragraphs.size());
        assertEquals("Ketamine Infusions", paragraphs.get(0).sentences().get(0).text());
        assertEquals("Patients improved within hours.", paragraphs.get(1).sentences().get(0).text());
        assertEquals(1, paragraphs.get(1).sentences().get(0).index());
    }

    @Test
    void aFragmentWithoutAVerbIsRecognisedAsSuch() {
        assertFalse(pipeline.sentences("Selective serotonin reuptake inhibitors and tricyclics", 0).get(0).hasVerb());
    }
}
