package io.litstream.tools.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameFinderTrainerTest {
    private static final NerTrainingConfig TINY = new NerTrainingConfig("PERCEPTRON", 30, 0, 1, 3, true, true, 3);

    private static List<NameSample> samples() {
        String[][] sentences = {
            {"Patients", "took", "zorbafen", "daily", "."},
            {"We", "gave", "quelmarin", "to", "rats", "."},
            {"Blood", "pressure", "fell", "after", "zorbafen", "."},
            {"Mood", "was", "stable", "without", "treatment", "."},
            {"Plasma", "quelmarin", "levels", "rose", "."},
            {"The", "nurses", "were", "kind", "."},
        };
        int[] names = {2, 2, 4, -1, 1, -1};
        List<NameSample> out = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            Span[] spans = names[i] < 0 ? new Span[0] : new Span[] {new Span(names[i], names[i] + 1, "chemical")};
            out.add(new NameSample(sentences[i], spans, i == 0));
        }
        return out;
    }

    @Test
    void trainsAModelThatFindsItsTrainingNames() throws Exception {
        TokenNameFinderModel model = NameFinderTrainer.train("chemical", samples(), List.of(List.of("zorbafen")), TINY);

        Span[] found = new NameFinderME(model).find(new String[] {"Patients", "took", "zorbafen", "daily", "."});

        assertEquals(1, found.length);
        assertEquals(new Span(2, 3, "chemical"), found[0]);
    }

    @Test
    void sameDataSameSettingsGiveTheSameFindings() throws Exception {
        TokenNameFinderModel a = NameFinderTrainer.train("chemical", samples(), List.of(), TINY);
        TokenNameFinderModel b = NameFinderTrainer.train("chemical", samples(), List.of(), TINY);
        String[] probe = {"Rats", "took", "quelmarin", "and", "zorbafen", "."};

        NameFinderME fa = new NameFinderME(a);
        NameFinderME fb = new NameFinderME(b);
        assertArrayEquals(fa.find(probe), fb.find(probe));
        assertArrayEquals(fa.probs(), fb.probs(), 1e-12);
    }

    @Test
    void aTrainedModelSurvivesSerialisationWithItsFeatures() throws Exception {
        TokenNameFinderModel model = NameFinderTrainer.train("chemical", samples(), List.of(List.of("zorbafen")), TINY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);

        TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));

        assertTrue(new NameFinderME(loaded).find(new String[] {"We", "gave", "zorbafen", "."}).length > 0);
    }

    @Test
    void theFeatureDescriptorNamesTheDictionaryOnlyWhenAsked() {
        assertTrue(NameFinderTrainer.featureDescriptor(TINY).contains(NameFinderTrainer.DICTIONARY_KEY));
        NerTrainingConfig noDict = new NerTrainingConfig("PERCEPTRON", 30, 0, 1, 3, true, false, 3);
        assertTrue(!NameFinderTrainer.featureDescriptor(noDict).contains("Dictionary"));
    }
}
