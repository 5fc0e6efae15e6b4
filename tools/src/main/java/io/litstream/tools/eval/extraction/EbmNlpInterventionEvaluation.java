package io.litstream.tools.eval.extraction;

import io.litstream.tools.eval.score.EvalScore;
import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.nlp.NlpModels;
import io.litstream.tools.ner.F1Counts;
import io.litstream.tools.ner.NerTraining;
import java.io.IOException;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The shipped intervention tagger on the held-out EBM-NLP abstracts: expert-labelled ones that are
 * not in the development split, a third of them by a hash of the PubMed id (the model was trained
 * on the rest and on the development split, see {@link io.litstream.tools.ner.InterventionData}):
 * token-level F1 of {@code I-INT}.
 */
public final class EbmNlpInterventionEvaluation {
    public static final String TASK = "EBM-NLP interventions, model";
    public static final double TARGET = 0.66;

    private EbmNlpInterventionEvaluation() {
    }

    /** @param sharedData the {@code shared} folder or its {@code data/} child */
    public static EvalScore run(Path sharedData) throws IOException {
        InterventionModel model = NerModels.loadIntervention()
                .orElseThrow(() -> new IOException("no shipped " + NerModels.INTERVENTION + "; run ./litstream train"));
        TokenNameFinderModel chemicals = NerModels.load(NerModels.CHEMICAL)
                .orElseThrow(() -> new IOException("no shipped " + NerModels.CHEMICAL + "; run ./litstream train"));
        F1Counts score = NerTraining.scoreIntervention(model, chemicals, NlpModels.english(), sharedData);
        return new EvalScore(TASK, "token F1", score.f1(), TARGET, score.summary() + ", held-out expert-labelled abstracts not in dev");
    }
}
