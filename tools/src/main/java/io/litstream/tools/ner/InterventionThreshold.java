package io.litstream.tools.ner;

import io.litstream.extract.ner.InterventionCues;
import io.litstream.extract.ner.InterventionFeatures;
import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.InterventionTagger;
import io.litstream.extract.nlp.NlpModels;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Chooses a trained intervention model's threshold again, on abstracts it was not trained on:
 * the expert-labelled training abstracts that are not in the development split (the model was
 * trained on crowd labels of the development split alone, whose intervention tokens agree with the
 * experts' at an F1 of 0.52, and the held-out abstracts are expert-labelled). The classifiers are
 * kept as they are; only the probability from which a token is in changes. The held-out abstracts
 * are not read.
 */
public final class InterventionThreshold {
    /** @param model the chosen threshold and the token counts at it, on {@code abstracts} */
    public record Chosen(InterventionModel model, F1Counts counts) {
    }

    private InterventionThreshold() {
    }

    public static Chosen choose(InterventionModel model, TokenNameFinderModel chemicals, NlpModels nlp,
                                List<TrainingAbstract> abstracts, List<Double> thresholds) {
        InterventionFeatures features = new InterventionFeatures(chemicals, nlp, InterventionCues.shipped(),
                model.clusters(), model.lexicon());
        List<F1Counts> byThreshold = new ArrayList<>();
        thresholds.forEach(t -> byThreshold.add(F1Counts.ZERO));
        List<List<InterventionSentence>> docs = InterventionCorpus.documents(
                abstracts.stream().map(TrainingAbstract::document).toList());
        for (List<InterventionSentence> doc : docs) {
            List<String[]> words = doc.stream().map(s -> s.sentence().words()).toList();
            List<double[]> inside = InterventionTagger.secondPass(model, words, features.of(words));
            for (int t = 0; t < thresholds.size(); t++) {
                List<Span[]> found = InterventionTagger.decide(inside, thresholds.get(t));
                byThreshold.set(t, byThreshold.get(t).plus(NameFinderScorer.tokenCounts(doc, found)));
            }
        }
        int best = 0;
        for (int t = 1; t < thresholds.size(); t++) {
            if (byThreshold.get(t).f1() > byThreshold.get(best).f1()) {
                best = t;
            }
        }
        return new Chosen(new InterventionModel(model.firstPass(), model.secondPass(), thresholds.get(best),
                model.clusters(), model.lexicon()), byThreshold.get(best));
    }

    /** The expert-labelled training abstracts that are not in the development split. */
    public static List<TrainingAbstract> unseen(InterventionData.Split split) {
        return split.training().subList(split.crowdCount(), split.training().size());
    }
}
