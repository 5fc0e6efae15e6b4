package io.litstream.extract.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Trains the intervention token classifier (OpenNLP GIS maxent, one event per token) and chooses
 * its threshold without looking at evaluation data: 2-fold cross-validation inside the training
 * documents (even and odd documents in their order) scores every candidate threshold with the
 * whole decision ({@link InterventionSpans}), the best one is kept, and the classifier is then
 * trained on all training documents. GIS with one thread has no randomness, so the same
 * documents give the same model.
 */
public final class InterventionTrainer {
    /**
     * @param iterations GIS iterations
     * @param cutoff     features seen fewer times are dropped
     * @param thresholds candidate probabilities from which a token is in, tried by cross-validation
     */
    public record Config(int iterations, int cutoff, List<Double> thresholds) {
        public Config {
            thresholds = List.copyOf(thresholds);
            if (iterations < 1 || cutoff < 0 || thresholds.isEmpty()) {
                throw new IllegalArgumentException("iterations >= 1, cutoff >= 0, at least one threshold");
            }
        }

        public String describe() {
            return String.format(Locale.ROOT, "token classifier, MAXENT (GIS), %d iterations, cutoff %d,"
                    + " threshold chosen among %s by 2-fold cross-validation in the training documents", iterations,
                    cutoff, thresholds);
        }
    }

    /**
     * @param model           trained on all training documents, with the chosen threshold
     * @param crossValidation token counts of the 2-fold cross-validation at that threshold
     */
    public record Trained(InterventionModel model, F1Counts crossValidation) {
    }

    /** One training document: its sentences and, per sentence, per token, its features. */
    private record Document(List<InterventionSentence> sentences, List<String[]> words, List<String[][]> features) {
    }

    private InterventionTrainer() {
    }

    /** @param documents each training document as its sentences ({@link InterventionCorpus#documents}) */
    public static Trained train(List<List<InterventionSentence>> documents, InterventionFeatures featureMaker,
                                Config config) throws IOException {
        Map<String, String> interned = new HashMap<>();
        List<Document> docs = new ArrayList<>(documents.size());
        for (List<InterventionSentence> sentences : documents) {
            List<String[]> words = sentences.stream().map(s -> s.sentence().words()).toList();
            List<String[][]> features = featureMaker.of(words);
            for (String[][] sentence : features) {
                for (String[] token : sentence) {
                    for (int k = 0; k < token.length; k++) {
                        token[k] = interned.computeIfAbsent(token[k], f -> f);
                    }
                }
            }
            docs.add(new Document(sentences, words, features));
        }
        List<F1Counts> byThreshold = new ArrayList<>();
        config.thresholds().forEach(t -> byThreshold.add(F1Counts.ZERO));
        for (int fold = 0; fold < 2; fold++) {
            List<Document> train = new ArrayList<>();
            List<Document> test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % 2 == fold ? test : train).add(docs.get(i));
            }
            InterventionModel probe = new InterventionModel(classifier(train, config), 0.5);
            for (Document d : test) {
                List<double[]> inside = InterventionTagger.probabilities(probe, d.features());
                for (int t = 0; t < byThreshold.size(); t++) {
                    List<Span[]> found = InterventionTagger.decide(d.words(), inside, config.thresholds().get(t));
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
        return new Trained(new InterventionModel(classifier(docs, config), config.thresholds().get(best)),
                byThreshold.get(best));
    }

    private static AbstractModel classifier(List<Document> docs, Config config) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Document d : docs) {
            for (int s = 0; s < d.sentences().size(); s++) {
                boolean[] gold = gold(d.sentences().get(s).sentence());
                String[][] features = d.features().get(s);
                for (int i = 0; i < gold.length; i++) {
                    events.add(new Event(gold[i] ? InterventionModel.INSIDE : InterventionModel.OUTSIDE, features[i]));
                }
            }
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, TrainerFactory.TrainerType.EVENT_MODEL_TRAINER.name());
        p.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
        return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** Per token of the sentence, whether a gold intervention covers it. */
    static boolean[] gold(AlignedSentence sentence) {
        boolean[] in = new boolean[sentence.tokens().length];
        for (Span name : sentence.names()) {
            Arrays.fill(in, name.getStart(), name.getEnd(), true);
        }
        return in;
    }
}
