package io.litstream.tools.ner;

import io.litstream.extract.ner.InterventionFeatures;
import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.InterventionStacking;
import io.litstream.extract.ner.InterventionTagger;
import io.litstream.extract.ner.WordClusters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the two-pass intervention token classifier (OpenNLP maxent, one event per token, fitted
 * by L-BFGS with an L2 penalty) and chooses its threshold without looking at evaluation data.
 * The first pass learns each token's EBM-NLP role (intervention, participants, outcome or none,
 * {@link InterventionSentence#pieceRoles}), the second only intervention or not.
 * <ul>
 *   <li>a two-pass model is fitted on a set of documents by training the first pass on each half
 *       of them (even and odd documents in their order) and predicting the other half, so every
 *       document gets first-pass probabilities from a model that did not see it; the second pass
 *       learns from those ({@link InterventionStacking}); then the first pass is trained on all of
 *       the documents;</li>
 *   <li>2-fold cross-validation inside the training documents (even and odd) fits a two-pass
 *       model on one half and scores every candidate threshold on the other half's expert-labelled
 *       abstracts with the whole decision ({@link InterventionSpans}); the best threshold is kept,
 *       and the model is then fitted on all training documents.</li>
 * </ul>
 * The optimiser has no randomness and sums its threads' parts in a fixed order, so the same documents
 * and settings give the same model.
 */
public final class InterventionTrainer {
    /**
     * @param iterations L-BFGS iterations at most
     * @param cutoff     features seen fewer times are dropped
     * @param l2Cost     weight of the L2 penalty on the first classifier's parameters
     * @param secondL2Cost weight of the L2 penalty on the second classifier's parameters (it reads
     *                   more features, some of them strong, and overfits with the first's penalty)
     * @param thresholds candidate probabilities from which a token is in, tried by cross-validation
     */
    public record Config(int iterations, int cutoff, double l2Cost, double secondL2Cost, List<Double> thresholds,
                         int expertWeight, int threads) {
        public Config {
            thresholds = List.copyOf(thresholds);
            if (iterations < 1 || cutoff < 0 || !(l2Cost >= 0) || !(secondL2Cost >= 0) || thresholds.isEmpty()
                    || expertWeight < 1 || threads < 1) {
                throw new IllegalArgumentException("iterations >= 1, cutoff >= 0, L2 costs >= 0, at least one"
                        + " threshold, expert weight >= 1, threads >= 1");
            }
        }

        public Config withExpertWeight(int weight) {
            return new Config(iterations, cutoff, l2Cost, secondL2Cost, thresholds, weight, threads);
        }

        public String describe() {
            return String.format(Locale.ROOT, "two-pass token classifier (the first tells interventions,"
                    + " participants, outcomes and other tokens apart; the second reads the first's"
                    + " probabilities; a fifth of the first's probability mixed into the second's), word classes"
                    + " at sizes %s learnt from unlabelled text, MAXENT_QN (L-BFGS, %d threads), L2 cost %s (second"
                    + " pass %s), at most %d iterations, cutoff %d, each expert-labelled abstract's tokens counted %d times"
                    + " (a crowd-labelled one's once), threshold chosen among %d values from %.2f to %.2f by"
                    + " 2-fold cross-validation in the training documents, scored on their expert-labelled"
                    + " abstracts", WordClusters.SIZES, threads, l2Cost, secondL2Cost, iterations, cutoff, expertWeight,
                    thresholds.size(), thresholds.get(0), thresholds.get(thresholds.size() - 1));
        }
    }

    /**
     * One training abstract as sentences ({@link InterventionCorpus#documents}).
     *
     * @param expert whether its labels are the experts' ({@link TrainingAbstract#expert}): it counts
     *               {@link Config#expertWeight} times, and only such abstracts are scored in the
     *               cross-validation (the held-out abstracts are expert-labelled too, and the crowd's
     *               and the experts' intervention tokens agree at an F1 of only 0.52)
     */
    public record Source(List<InterventionSentence> sentences, boolean expert) {
        public Source {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * @param model           trained on all training documents, with the chosen threshold
     * @param crossValidation token counts of the 2-fold cross-validation at that threshold
     */
    public record Trained(InterventionModel model, F1Counts crossValidation) {
    }

    /** One training document: its sentences and, per sentence, per token, its features. */
    private record Document(List<InterventionSentence> sentences, List<String[]> words, List<String[][]> features,
                            int weight, boolean scored) {
        Document withFeatures(List<String[][]> stacked) {
            return new Document(sentences, words, stacked, weight, scored);
        }
    }

    private InterventionTrainer() {
    }

    /** @param documents the training abstracts */
    public static Trained train(List<Source> documents, InterventionFeatures featureMaker, Config config)
            throws IOException {
        List<Document> docs = documents(documents, featureMaker, config);
        Trained cv = validate(docs, featureMaker, config);
        return new Trained(fit(docs, config, cv.model().threshold(), featureMaker), cv.crossValidation());
    }

    /**
     * The 2-fold cross-validation alone (for experiments): the model it returns is the probe of the
     * second fold, carrying the best threshold.
     */
    public static Trained crossValidate(List<Source> documents, InterventionFeatures featureMaker, Config config)
            throws IOException {
        return validate(documents(documents, featureMaker, config), featureMaker, config);
    }

    private static List<Document> documents(List<Source> documents, InterventionFeatures featureMaker,
                                            Config config) {
        Map<String, String> interned = new HashMap<>();
        List<Document> docs = new ArrayList<>(documents.size());
        for (Source source : documents) {
            List<String[]> words = source.sentences().stream().map(s -> s.sentence().words()).toList();
            List<String[][]> features = featureMaker.of(words);
            intern(features, interned);
            docs.add(new Document(source.sentences(), words, features,
                    source.expert() ? config.expertWeight() : 1, source.expert()));
        }
        return docs;
    }

    private static Trained validate(List<Document> docs, InterventionFeatures featureMaker, Config config)
            throws IOException {
        double probeThreshold = config.thresholds().get(0);
        List<F1Counts> byThreshold = new ArrayList<>();
        config.thresholds().forEach(t -> byThreshold.add(F1Counts.ZERO));
        InterventionModel probe = null;
        for (int fold = 0; fold < 2; fold++) {
            probe = fit(half(docs, fold, false), config, probeThreshold, featureMaker);
            for (Document d : half(docs, fold, true)) {
                if (!d.scored()) {
                    continue;
                }
                List<double[]> inside = InterventionTagger.secondPass(probe, d.words(), d.features());
                for (int t = 0; t < byThreshold.size(); t++) {
                    List<Span[]> found = InterventionTagger.decide(inside, config.thresholds().get(t));
                    byThreshold.set(t, byThreshold.get(t).plus(NameFinderScorer.tokenCounts(d.sentences(), found)));
                }
            }
        }
        int best = 0;
        for (int t = 1; t < byThreshold.size(); t++) {
            if (byThreshold.get(t).f1() > byThreshold.get(best).f1()) {
                best = t;
            }
        }
        InterventionModel chosen = new InterventionModel(probe.firstPass(), probe.secondPass(),
                config.thresholds().get(best), probe.clusters(), probe.lexicon());
        return new Trained(chosen, byThreshold.get(best));
    }

    /**
     * Both passes on {@code docs}; the second learns from first-pass probabilities of documents the
     * first did not see. The model keeps the word classes and lexicon {@code features} read.
     */
    private static InterventionModel fit(List<Document> docs, Config config, double threshold,
                                         InterventionFeatures features) throws IOException {
        List<Document> stacked = new ArrayList<>(docs);
        for (int fold = 0; fold < 2; fold++) {
            AbstractModel first = classifier(half(docs, fold, false), config, config.l2Cost(), true);
            for (int i = fold; i < docs.size(); i += 2) {
                Document d = docs.get(i);
                List<double[][]> roles = InterventionTagger.roles(
                        f -> InterventionModel.roles(first, f), d.features());
                stacked.set(i, d.withFeatures(InterventionStacking.features(d.words(), d.features(), roles)));
            }
        }
        return new InterventionModel(classifier(docs, config, config.l2Cost(), true),
                classifier(stacked, config, config.secondL2Cost(), false), threshold, features.clusters(),
                features.lexicon());
    }

    /** The documents at even ({@code fold} 0) or odd positions, or, when {@code !inFold}, the others. */
    private static List<Document> half(List<Document> docs, int fold, boolean inFold) {
        List<Document> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if ((i % 2 == fold) == inFold) {
                out.add(docs.get(i));
            }
        }
        return out;
    }

    private static void intern(List<String[][]> features, Map<String, String> interned) {
        for (String[][] sentence : features) {
            for (String[] token : sentence) {
                for (int k = 0; k < token.length; k++) {
                    token[k] = interned.computeIfAbsent(token[k], f -> f);
                }
            }
        }
    }

    /**
     * @param roles whether the classifier learns all of {@link InterventionModel#ROLES} (the first
     *              pass) or only inside and outside (the second)
     */
    private static AbstractModel classifier(List<Document> docs, Config config, double l2Cost, boolean roles)
            throws IOException {
        List<Event> events = new ArrayList<>();
        for (Document d : docs) {
            for (int s = 0; s < d.sentences().size(); s++) {
                InterventionSentence sentence = d.sentences().get(s);
                String[] gold = sentence.pieceRoles();
                String[][] features = d.features().get(s);
                for (int i = 0; i < gold.length; i++) {
                    String outcome = roles || gold[i].equals(InterventionModel.INSIDE) ? gold[i]
                            : InterventionModel.OUTSIDE;
                    Event event = new Event(outcome, features[i]);
                    for (int copy = 0; copy < d.weight(); copy++) {
                        events.add(event);
                    }
                }
            }
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, TrainerFactory.TrainerType.EVENT_MODEL_TRAINER.name());
        p.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, config.threads());
        p.put("L1Cost", 0.0);
        p.put("L2Cost", l2Cost);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
        return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    }
}
