package io.litstream.tools.eval.extraction;

import io.litstream.tools.eval.score.EvalScore;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.nlp.NlpModels;
import io.litstream.tools.ner.F1Counts;
import io.litstream.tools.ner.NerTraining;
import java.io.IOException;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The shipped chemical name finder on the BC5CDR development set, which it was not trained on:
 * exact-span mention F1 of Chemical mentions. Gold mentions that do not fall on token
 * boundaries, or cross a sentence boundary, count as missed.
 */
public final class Bc5cdrChemicalEvaluation {
    public static final String TASK = "BC5CDR dev chemicals";
    public static final double TARGET = 0.85;

    private Bc5cdrChemicalEvaluation() {
    }

    /** @param sharedData the {@code shared} folder or its {@code data/} child */
    public static EvalScore run(Path sharedData) throws IOException {
        TokenNameFinderModel model = NerModels.load(NerModels.CHEMICAL)
                .orElseThrow(() -> new IOException("no shipped " + NerModels.CHEMICAL + "; run ./litstream train"));
        F1Counts score = NerTraining.scoreChemical(model, sharedData, NlpModels.english());
        return new EvalScore(TASK, "mention F1", score.f1(), TARGET, score.summary());
    }
}
