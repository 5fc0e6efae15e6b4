package io.litstream.extract.ner;

import io.litstream.extract.nlp.NlpModels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds the interventions of a trial abstract, token by token: {@link InterventionFeatures} for
 * each token, the first pass's probability ({@link InterventionModel#firstInside}), the second
 * pass's probability on those features and the first pass's probabilities around the token
 * ({@link InterventionStacking}), then {@link InterventionSpans} (threshold and span shape).
 *
 * <p>It works on a whole document at once (document-level features), runs a POS tagger and the
 * chemical model, and is not on the extractor's per-article path.
 *
 * <p><b>Not thread-safe</b>; one per thread.
 */
public final class InterventionTagger {
    static final double FIRST_PASS_WEIGHT = 0.2;
    private final InterventionModel model;
    private final InterventionFeatures features;

    public InterventionTagger(InterventionModel model, TokenNameFinderModel chemicals, NlpModels nlp) {
        this(model, new InterventionFeatures(chemicals, nlp, InterventionCues.shipped(), model.clusters(),
                model.lexicon()));
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
        return decide(secondPass(model, sentences, features.of(sentences)), model.threshold());
    }

    /**
     * The probabilities the threshold applies to, of a document whose first-pass features are given:
     * the second pass's, with {@value #FIRST_PASS_WEIGHT} of the first pass's mixed in (2-fold
     * cross-validation inside the training documents: 0.538 with the second pass alone, 0.541
     * with a fifth of the first, 0.540 with a third, 0.539 with a half).
     */
    public static List<double[]> secondPass(InterventionModel model, List<String[]> sentences,
                                     List<String[][]> documentFeatures) {
        List<double[][]> roles = roles(model::firstRoles, documentFeatures);
        List<double[]> first = role(roles, 0);
        List<double[]> second = probabilities(model::secondInside,
                InterventionStacking.features(sentences, documentFeatures, roles));
        for (int s = 0; s < second.size(); s++) {
            double[] p = second.get(s);
            for (int i = 0; i < p.length; i++) {
                p[i] = FIRST_PASS_WEIGHT * first.get(s)[i] + (1 - FIRST_PASS_WEIGHT) * p[i];
            }
        }
        return second;
    }

    public static List<double[]> probabilities(ToDoubleFunction<String[]> inside,
                                        List<String[][]> documentFeatures) {
        List<double[]> out = new ArrayList<>(documentFeatures.size());
        for (String[][] sentence : documentFeatures) {
            double[] p = new double[sentence.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = inside.applyAsDouble(sentence[i]);
            }
            out.add(p);
        }
        return out;
    }

    /** Per sentence, per token, the probabilities of {@link InterventionModel#ROLES}. */
    public static List<double[][]> roles(Function<String[], double[]> roles, List<String[][]> documentFeatures) {
        List<double[][]> out = new ArrayList<>(documentFeatures.size());
        for (String[][] sentence : documentFeatures) {
            double[][] p = new double[sentence.length][];
            for (int i = 0; i < p.length; i++) {
                p[i] = roles.apply(sentence[i]);
            }
            out.add(p);
        }
        return out;
    }

    /** One role's column of {@link #roles}: per sentence, per token, its probability. */
    static List<double[]> role(List<double[][]> roles, int role) {
        List<double[]> out = new ArrayList<>(roles.size());
        for (double[][] sentence : roles) {
            double[] p = new double[sentence.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = sentence[i][role];
            }
            out.add(p);
        }
        return out;
    }

    public static List<Span[]> decide(List<double[]> inside, double threshold) {
        return inside.stream().map(p -> InterventionSpans.spans(InterventionSpans.decide(p, threshold))).toList();
    }
}
