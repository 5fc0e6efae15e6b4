package io.litstream.tools.ner;

import io.litstream.extract.ner.InterventionCues;
import io.litstream.extract.ner.InterventionFeatures;
import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.nlp.NlpModels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The cross-validation behind the intervention model's choice of training data, runnable on its own
 * so that a variant is measured before the trainer is changed:
 * {@code java -cp … io.litstream.extract.ner.InterventionExperiment SHARED_DATA EVERY_NTH VARIANT…}.
 * It reads the word classes and lexicon of the shipped model (learnt without the held-out abstracts)
 * instead of learning them again, keeps every {@code EVERY_NTH} training abstract, and for each
 * variant prints the 2-fold cross-validation token F1 on the kept expert-labelled abstracts. Variants:
 * {@code wN} counts expert-labelled abstracts N times; {@code expert} drops the crowd-only ones.
 */
public final class InterventionExperiment {
    private InterventionExperiment() {
    }

    public static void main(String[] args) throws IOException {
        Path data = NerTraining.dataDir(Path.of(args[0]));
        int everyNth = Integer.parseInt(args[1]);
        NlpModels nlp = NlpModels.english();
        TokenNameFinderModel chemicals = NerModels.load(NerModels.CHEMICAL).orElseThrow();
        InterventionModel shipped = NerModels.loadIntervention().orElseThrow();
        InterventionFeatures features = new InterventionFeatures(chemicals, nlp, InterventionCues.shipped(),
                shipped.clusters(), shipped.lexicon());
        List<TrainingAbstract> training = NerTraining.interventionSplit(data).training();
        for (int v = 2; v < args.length; v++) {
            String variant = args[v];
            List<TrainingAbstract> kept = new ArrayList<>();
            for (int i = 0; i < training.size(); i += everyNth) {
                if (training.get(i).expert() || !variant.equals("expert")) {
                    kept.add(training.get(i));
                }
            }
            int weight = variant.startsWith("w") ? Integer.parseInt(variant.substring(1)) : 1;
            long start = System.nanoTime();
            InterventionTrainer.Trained cv = InterventionTrainer.crossValidate(NerTraining.sources(kept), features,
                    NerTraining.INTERVENTION_CONFIG.withExpertWeight(weight));
            System.out.printf(Locale.ROOT, "%s: %d abstracts, cross-validation token F1 %.3f (%s) at %.2f, %.0f s%n",
                    variant, kept.size(), cv.crossValidation().f1(), cv.crossValidation().summary(),
                    cv.model().threshold(), (System.nanoTime() - start) / 1e9);
        }
    }
}
