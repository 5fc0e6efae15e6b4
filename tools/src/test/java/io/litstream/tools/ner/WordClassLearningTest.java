package io.litstream.tools.ner;

 import static org.junit.jupiter.api.Assertions.assertEquals;
import io.litstream.extract.ner.WordClusters;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClassLearningTest {
    /** Drugs after "received" and before "daily"; people after "the" and before "improved". */
    private static List<String[]> text() {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (String drug : List.of("zinc", "aspirin", "metformin", "lithium")) {
                out.add(new String[] {"patients", "received", drug, "daily", "."});
            }
            for (String people : List.of("patients", "children", "adults", "women")) {
                out.add(new String[] {"the", people, "improved", "."});
            }
        }
        return out;
    }

    @Test
    void wordsUsedAlikeShareAClass() {
        // four classes for thirteen words: the exchange algorithm must group them
        Map<String, Integer> c = ExchangeClustering.cluster(text(), 1, 4, 20);

        assertEquals(c.get("zinc"), c.get("metformin"));
        assertEquals(c.get("aspirin"), c.get("lithium"));
        assertEquals(c.get("zinc"), c.get("lithium"));
        assertEquals(c.get("children"), c.get("women"));
        assertNotEquals(c.get("zinc"), c.get("received"));
    }

    @Test
    void withAClassForEveryWordNoWordMoves() {
        Map<String, Integer> c = ExchangeClustering.cluster(text(), 1, 32, 20);

        assertEquals(13, new HashSet<>(c.values()).size());
    }

    @Test
    void rareWordsAndUnseenWordsHaveNoClass() {
        List<String[]> text = new ArrayList<>(text());
        text.add(new String[] {"ketamine", "once"});

        WordClusters c = WordClassLearning.learn(text);

        assertEquals(WordClusters.UNKNOWN, c.of("ketamine", 0), "seen once, fewer than " + WordClusters.MIN_COUNT);
        assertEquals(WordClusters.UNKNOWN, c.of("never-seen", 1));
    }

    @Test
    void caseAndDigitsAreNormalised() {
        assertEquals("0.0mg", WordClusters.normalise("2.5MG"));
        WordClusters c = WordClassLearning.learn(text());
        assertEquals(c.of("zinc", 2), c.of("ZINC", 2));
        assertNotEquals(WordClusters.UNKNOWN, c.of("ZINC", 2));
    }

    @Test
    void theSameTextGivesTheSameClassesAndTheyReadBack() throws IOException {
        WordClusters c = WordClassLearning.learn(text());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.write(new DataOutputStream(bytes));

        WordClusters back = WordClusters.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertEquals(WordClassLearning.learn(text()).classes().keySet(), back.classes().keySet());
        for (String w : c.classes().keySet()) {
            for (int level = 0; level < WordClusters.SIZES.size(); level++) {
                assertEquals(c.of(w, level), back.of(w, level), w);
            }
        }
    }
}
