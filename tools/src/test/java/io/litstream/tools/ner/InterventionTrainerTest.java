package io.litstream.tools.ner;

import io.litstream.extract.ner.InterventionCues;
import io.litstream.extract.ner.InterventionFeatures;
import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.InterventionStacking;
import io.litstream.extract.ner.InterventionTagger;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.ner.TaggedToken;
import io.litstream.extract.ner.TrialArmLexicon;
import io.litstream.extract.ner.WordClusters;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.nlp.NlpModels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InterventionTrainerTest {
    private static final String[] DRUGS = {"aspirin", "zinc", "metformin", "yoga", "insulin", "lithium", "caffeine",
            "melatonin"};
    /** Drugs share a class, the comparator has its own. */
    private static final WordClusters CLASSES = new WordClusters(Map.of("aspirin", new int[] {1, 5, 9},
            "zinc", new int[] {1, 5, 10}, "metformin", new int[] {1, 5, 9}, "placebo", new int[] {2, 6, 11}));
    private static final TrialArmLexicon LEXICON = new TrialArmLexicon(Map.of("zinc", "4_0", "pain", "0_1",
            "versus placebo", "4_1"));
    private static TokenNameFinderModel chemicals;
    private static InterventionTrainer.Trained trained;

    /**
     * "Title: DRUG versus placebo for pain in adults" and "Patients received DRUG or placebo daily ."
     * with the arms, the participants and the outcome tagged.
     */
    private static List<InterventionSentence> trial(String pmid, String drug) {
        List<TaggedToken> title = List.of(t(drug, "I-INT"), t("versus", "O"), t("placebo", "I-INT"),
                t("for", "O"), t("pain", "I-OUT"), t("in", "O"), t("adults", "I-PAR"));
        List<TaggedToken> body = List.of(t("Patients", "I-PAR"), t("received", "O"), t(drug, "I-INT"), t("or", "O"),
                t("placebo", "I-INT"), t("daily", "O"), t(".", "O"));
        return List.of(InterventionCorpus.sentence(pmid, true, title), InterventionCorpus.sentence(pmid, false, body));
    }

    private static TaggedToken t(String word, String tag) {
        return new TaggedToken(word, tag);
    }

    @BeforeAll
    static void train() throws IOException {
        chemicals = NerModels.load(NerModels.CHEMICAL).orElseThrow();
        List<InterventionTrainer.Source> docs = new ArrayList<>();
        for (int i = 0; i < DRUGS.length; i++) {
            docs.add(new InterventionTrainer.Source(trial("p" + i, DRUGS[i]), true));
        }
        trained = InterventionTrainer.train(docs,
                new InterventionFeatures(chemicals, NlpModels.english(), InterventionCues.shipped(), CLASSES, LEXICON),
                new InterventionTrainer.Config(50, 0, 1.0, 1.0, List.of(0.3, 0.5), 1, 1));
    }

    @Test
    void theThresholdIsOneOfTheCandidatesAndCrossValidationScoresTheTrainingTokens() {
        assertTrue(List.of(0.3, 0.5).contains(trained.model().threshold()));
        F1Counts cv = trained.crossValidation();
        // every document is scored once, by the model trained on the other half: 4 arms of 2 sentences each
        assertEquals(DRUGS.length * 4, cv.truePositives() + cv.falseNegatives());
        assertTrue(cv.f1() > 0.5, cv::summary);
    }

    @Test
    void theTaggerFindsTheArmsOfAnUnseenTrial() {
        InterventionTagger tagger = new InterventionTagger(trained.model(), chemicals, NlpModels.english());

        List<Span[]> found = tagger.find(List.of(
                new String[] {"ketamine", "versus", "placebo", "in", "adults"},
                new String[] {"Patients", "received", "ketamine", "or", "placebo", "daily", "."}));

        boolean[] body = new boolean[7];
        for (Span s : found.get(1)) {
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                body[i] = true;
            }
        }
        assertTrue(body[4], "placebo");
        assertTrue(!body[0] && !body[1] && !body[6], "Patients, received and the full stop stay out");
    }

    @Test
    void aSavedModelReadsBackWithTheSameThresholdBothPassesAndIdentity() throws IOException {
        InterventionModel model = trained.model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);

        InterventionModel back = InterventionModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        String[] features = {"bias", "w=placebo", "c=cmp"};
        String[] stacked = {"bias", "w=placebo", "c=cmp", "p0=9", "pdoc=9"};
        assertEquals(model.threshold(), back.threshold());
        assertEquals(model.firstInside(features), back.firstInside(features), 1e-12);
        assertEquals(model.secondInside(stacked), back.secondInside(stacked), 1e-12);
        assertEquals(model.identity(), back.identity());
        assertEquals("10", back.clusters().of("Zinc", 2), "the word classes travel with the model");
        assertEquals("4_0", back.lexicon().word(new String[] {"Zinc"}, 0), "the trial-arm lexicon travels with the model");
    }

    @Test
    void theThresholdAppliesToTheSecondPassWithAFifthOfTheFirstMixedIn() {
        InterventionModel model = trained.model();
        List<String[]> doc = List.<String[]>of(new String[] {"zinc", "versus", "placebo", "in", "adults"});
        List<String[][]> features = new InterventionFeatures(chemicals, NlpModels.english(),
                InterventionCues.shipped(), CLASSES, LEXICON).of(doc);

        List<double[][]> roles = InterventionTagger.roles(model::firstRoles, features);
        double[] first = InterventionTagger.probabilities(model::firstInside, features).get(0);
        double[] second = InterventionTagger.probabilities(model::secondInside,
                InterventionStacking.features(doc, features, roles)).get(0);
        double[] used = InterventionTagger.secondPass(model, doc, features).get(0);

        for (int i = 0; i < used.length; i++) {
            assertEquals(0.2 * first[i] + 0.8 * second[i], used[i], 1e-12);
        }
    }

    @Test
    void anotherFileIsNotReadAsAnInterventionModel() {
        byte[] notAModel = "PK\u0003\u0004 a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThrows(IOException.class, () -> InterventionModel.read(new ByteArrayInputStream(notAModel)));
    }

    @Test
    void theSameDocumentsGiveTheSameModel() throws IOException {
        List<InterventionTrainer.Source> docs = new ArrayList<>();
        for (int i = 0; i < DRUGS.length; i++) {
            docs.add(new InterventionTrainer.Source(trial("p" + i, DRUGS[i]), true));
        }
        InterventionTrainer.Trained again = InterventionTrainer.train(docs,
                new InterventionFeatures(chemicals, NlpModels.english(), InterventionCues.shipped(), CLASSES, LEXICON),
                new InterventionTrainer.Config(50, 0, 1.0, 1.0, List.of(0.3, 0.5), 1, 1));

        assertEquals(trained.model().identity(), again.model().identity());
    }

    @Test
    void theFirstPassLearnsEveryRoleAndTheSecondOnlyInterventions() {
        InterventionModel model = trained.model();

        for (String role : InterventionModel.ROLES) {
            assertTrue(model.firstPass().getIndex(role) >= 0, role);
        }
        assertEquals(2, model.secondPass().getNumOutcomes());
        double[] adults = model.firstRoles(new String[] {"bias", "w=adults"});
        assertTrue(adults[1] > adults[0] && adults[1] > adults[2], "'adults' is a participants word");
    }

    @Test
    void goldRolesComeFromTheCorpusTagsOfEachPiece() {
        InterventionSentence s = trial("x", "zinc").get(1);

        assertArrayEquals(new String[] {"P", "O", "I", "O", "I", "O", "O"}, s.pieceRoles());
    }
}
