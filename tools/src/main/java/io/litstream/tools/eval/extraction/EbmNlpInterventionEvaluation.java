package io.litstream.tools.eval.extraction;

import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.nlp.NlpModels;
import io.litstream.tools.ner.F1Counts;
import io.litstream.tools.ner.NerTraining;
import java.io.IOException;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The shipped intervention tagger on the held-out third of the EBM-NLP development split
 * (every third document in file order; the model was trained on the other two thirds, see
 * {@link io.litstream.tools.ner.InterventionCorpus}): token-level F1 of {@code I-INT}.
 */
public final class EbmNlpInterventionEvaluation {
    public static final String TASK = "EBM-NLP dev interventions";
    public static final double TARGET = 0.60;

    private EbmNlpInterventionEvaluation() {
    }

    /** @param sharedData the {@code shared} folder or its {@code data/} child */
    public static EvalScore run(Path sharedData) throws IOException {
        InterventionModel model = NerModels.loadIntervention()
                .orElseThrow(() -> new IOException("no shipped " + NerModels.INTERVENTION + "; run ./litstream train"));
        TokenNameFinderModel chemicals = NerModels.load(NerModels.CHEMICAL)
                .orElseThrow(() -> new IOException("no shipped " + NerModels.CHEMICAL + "; run ./litstream train"));
        F1Counts score = NerTraining.scoreIntervention(model, chemicals, NlpModels.english(), sharedData);
        return new EvalScore(TASK, "token F1", score.f1(), TARGET, score.summary() + ", held-out third of dev");
    }
}
