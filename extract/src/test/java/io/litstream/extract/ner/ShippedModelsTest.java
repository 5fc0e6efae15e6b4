package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.nlp.NlpModels;
import io.litstream.extract.nlp.NlpPipeline;
import io.litstream.extract.nlp.Sentence;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class ShippedModelsTest {
    private static List<ModelMention> find(String text) {
        NerModels models = NerModels.shipped();
        assertTrue(models.chemical().isPresent(), NerModels.CHEMICAL + " is not shipped beside " + NerModels.class.getName());
        Sentence s = new NlpPipeline(NlpModels.english()).sentences(text, 0).get(0);
        return new ModelMentionFinder(models).find(s.text(), s.tokens(), 0);
    }

    @Test
    void theChemicalModelFindsADrugInASentence() {
        List<ModelMention> found = find("Rats given haloperidol showed catalepsy that naloxone did not reverse.");

        assertTrue(found.stream().anyMatch(m -> m.text().equals("haloperidol") && m.type().equals("chemical")), found::toString);
    }

    @Test
    void theShippedInterventionModelIsNamedByItsFileWithoutBeingSerialisedAgain() {
        InterventionModel model = NerModels.shipped().intervention().orElseThrow();

        // Read from the file's bytes; the extractor version (and so reprocessing) depends on it.
        assertEquals(InterventionModel.identityOf(model), model.identity());
    }

    @Test
    void theInterventionModelFindsTheTreatmentOfATrial() {
        NerModels models = NerModels.shipped();
        InterventionTagger tagger = new InterventionTagger(
                NerModels.loadIntervention().orElseThrow(() -> new AssertionError(NerModels.INTERVENTION + " is not shipped")),
                models.chemical().orElseThrow(), NlpModels.english());
        NerTokenizer tokenizer = new NerTokenizer(NlpModels.english());
        List<String[]> doc = java.util.stream.Stream.of(
                        "Aerobic exercise training for depression in older adults.",
                        "Patients were randomized to aerobic exercise training or usual care for twelve weeks.")
                .map(s -> TokenSpans.texts(s, tokenizer.tokens(s))).toList();

        List<Span[]> found = tagger.find(doc);

        String[] words = doc.get(1);
        List<String> names = java.util.Arrays.stream(found.get(1))
                .map(s -> String.join(" ", java.util.Arrays.copyOfRange(words, s.getStart(), s.getEnd()))).toList();
        assertTrue(names.stream().anyMatch(n -> n.contains("exercise")), names::toString);
    }

    @Test
    void theSharedModelsAreLoadedOnce() {
        assertSame(NerModels.shipped(), NerModels.shipped());
    }

    @Test
    void theExtractorRunsTheChemicalAndTheInterventionModel() {
        NerModels perArticle = NerModels.shipped().forExtraction();

        assertTrue(perArticle.chemical().isPresent());
        assertTrue(perArticle.intervention().isPresent());
    }

    @Test
    void withoutTheInterventionModelTheExtractorIsAsBeforeTrialArms() {
        NerModels before = NerModels.shipped().withoutIntervention();

        assertTrue(before.chemical().isPresent());
        assertTrue(before.intervention().isEmpty());
    }

    @Test
    void withoutModelsNothingIsFound() {
        Sentence s = new NlpPipeline(NlpModels.english()).sentences("Rats given haloperidol slept.", 0).get(0);

        assertTrue(new ModelMentionFinder(NerModels.none()).find(s.text(), s.tokens(), 0).isEmpty());
    }
}
