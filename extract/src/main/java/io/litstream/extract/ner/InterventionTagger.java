package io.litstream.extract.ner;

import io.litstream.extract.nlp.NlpModels;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds the interventions of a trial abstract, token by token: {@link InterventionFeatures} for
 * each token, the probability {@link InterventionModel} gives it, then {@link InterventionSpans}
 * (threshold, gaps, the same name everywhere in the document).
 *
 * <p>It works on a whole document at once (document-level features and consistency), runs a POS
 * tagger and the chemical model, and is not on the extractor's per-article path.
 *
 * <p><b>Not thread-safe</b>; one per thread.
 */
public final class InterventionTagger {
    private final InterventionModel model;
    private final InterventionFeatures features;

    public InterventionTagger(InterventionModel model, TokenNameFinderModel chemicals, NlpModels nlp) {
        this(model, new InterventionFeatures(chemicals, nlp, InterventionCues.shipped()));
    }

    InterventionTagger(InterventionModel model, InterventionFeatures features) {
        this.model = model;
        this.features = features;
    }

    /**
     * @param sentences the document's sentences as tokens ({@link NerTokenizer}), title first
     * @return for each sentence, its interventions as token spans
     */
    public List<Span[]> find(List<String[]> sentences) {
        return decide(sentences, probabilities(model, features.of(sentences)), model.threshold());
    }

    static List<double[]> probabilities(InterventionModel model, List<String[][]> documentFeatures) {
        List<double[]> out = new ArrayList<>(documentFeatures.size());
        for (String[][] sentence : documentFeatures) {
            double[] p = new double[sentence.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = model.inside(sentence[i]);
            }
            out.add(p);
        }
        return out;
    }

    static List<Span[]> decide(List<String[]> sentences, List<double[]> inside,
                               double threshold) {
        List<boolean[]> in = new ArrayList<>(inside.size());
        for (double[] p : inside) {
            in.add(InterventionSpans.decide(p, threshold));
        }
        return InterventionSpans.spreadInDocument(sentences, in).stream().map(InterventionSpans::spans).toList();
    }
}
