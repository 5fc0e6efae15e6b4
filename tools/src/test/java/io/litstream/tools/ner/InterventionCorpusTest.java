package io.litstream.tools.ner;

import io.litstream.extract.ner.TaggedToken;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class InterventionCorpusTest {
    @Test
    void theSplitIsByDocumentDeterministicAndDisjoint() {
        List<EbmNlpDocument> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(new EbmNlpDocument("p" + i, List.of(List.of(new TaggedToken("x", "O")))));
        }

        List<EbmNlpDocument> train = InterventionCorpus.trainPart(docs);
        List<EbmNlpDocument> held = InterventionCorpus.evalPart(docs);

        assertEquals(List.of("p2", "p5", "p8"), held.stream().map(EbmNlpDocument::pmid).toList());
        assertEquals(7, train.size());
        Set<String> overlap = new HashSet<>(train.stream().map(EbmNlpDocument::pmid).toList());
        overlap.retainAll(held.stream().map(EbmNlpDocument::pmid).toList());
        assertTrue(overlap.isEmpty());
        assertEquals(train, InterventionCorpus.trainPart(docs));
    }

    @Test
    void piecesOfASplitTokenKeepItsTagAndARunIsOneName() {
        InterventionSentence s = InterventionCorpus.sentence("1", true, List.of(
                new TaggedToken("Low-dose", "I-INT"), new TaggedToken("aspirin", "I-INT"),
                new TaggedToken("versus", "O"), new TaggedToken("placebo", "I-INT")));

        assertArrayEquals(new String[] {"Low", "-", "dose", "aspirin", "versus", "placebo"}, s.sentence().words());
        assertArrayEquals(new int[] {0, 0, 0, 1, 2, 3}, s.origin());
        assertArrayEquals(new boolean[] {true, true, false, true}, s.intervention());
        assertEquals(List.of(new Span(0, 4, "intervention"), new Span(5, 6, "intervention")), s.sentence().names());
    }
}
