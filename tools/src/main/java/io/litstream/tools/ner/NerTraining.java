package io.litstream.tools.ner;

import io.litstream.extract.ner.InterventionCues;
import io.litstream.extract.ner.InterventionFeatures;
import io.litstream.extract.ner.InterventionModel;
import io.litstream.extract.ner.InterventionTagger;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.ner.NerTokenizer;
import io.litstream.extract.ner.TrialArmLexicon;
import io.litstream.extract.ner.WordClusters;
import io.litstream.extract.nlp.NlpModels;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * How the shipped name finder models are built from the public data in {@code shared/data}, and
 * how they are scored on data they were not trained on:
 * <ul>
 *   <li>{@value NerModels#CHEMICAL}: BC5CDR training set Chemical mentions; scored on the BC5CDR
 *       development set (exact mention spans);</li>
 *   <li>{@value NerModels#INTERVENTION}: EBM-NLP interventions ({@code I-INT}) of two thirds of
 *       the development split's documents, a token classifier ({@link InterventionTrainer}) whose
 *       threshold is chosen by cross-validation inside those documents; scored per token on the
 *       other third ({@link InterventionCorpus#evalPart}).</li>
 * </ul>
 * The settings are fixed ({@link #CHEMICAL_CONFIG}, {@link #INTERVENTION_CONFIG}) and neither
 * trainer has randomness, so the same data gives the same model.
 */
public final class NerTraining {
    /**
     * Perceptron with BILOU coding and affixes up to 5 characters. A dictionary of the training
     * mentions was measured and left out: with it the model trusts the dictionary on every
     * training mention and misses unseen chemicals (development F1 0.76 against 0.85 without).
     */
    public static final NerTrainingConfig CHEMICAL_CONFIG =
            new NerTrainingConfig("PERCEPTRON", 300, 1, 1, 5, true, false, 1);
    /**
     * Measured by 2-fold cross-validation inside the training documents (see MODEL.md): a token
     * classifier with probabilities and a tuned threshold beat OpenNLP's name finder by 0.07 token
     * F1 there; L-BFGS with an L2 penalty of 3 beat early-stopped GIS (0.511 against 0.494); a
     * second pass on the first one's probabilities, without the document-consistency rule, added
     * 0.022 more (0.540 with the abstract-section labels); word classes, span-shape features, a
     * fifth of the first pass mixed in and an L2 cost of 10 on the second pass took it from 0.538
     * to 0.558.
     */
    public static final InterventionTrainer.Config INTERVENTION_CONFIG =
            new InterventionTrainer.Config(100, 2, 3.0, 10.0, thresholds(0.10, 0.50, 0.02), 2, 2);

    static final String BC5CDR_TRAIN = "bc5cdr/CDR_TrainingSet.PubTator.txt";
    static final String BC5CDR_DEV = "bc5cdr/CDR_DevelopmentSet.PubTator.txt";
    static final String EBMNLP_DEV = "ebmnlp/dev.txt";

    /**
     * A trained model, its score on held-out data, and what it was trained and scored on.
     *
     * @param settings        the training settings, as MODEL.md shows them
     * @param crossValidation the score by cross-validation inside the training data, when one was run
     */
    public record Result<M>(String file, M model, F1Counts score, String metric, String data, String settings,
                            Optional<F1Counts> crossValidation) {
        /** Writes the model in the format {@link NerModels} loads. */
        public void serialize(OutputStream out) throws IOException {
            if (model instanceof TokenNameFinderModel m) {
                m.serialize(out);
            } else if (model instanceof InterventionModel m) {
                m.serialize(out);
            } else {
                throw new IOException("no serialised form for " + model.getClass().getName());
            }
        }
    }

    private NerTraining() {
    }

    /**
     * The data folder: {@code dir} itself when it holds {@code bc5cdr/} and {@code ebmnlp/},
     * else its {@code data/} child (so both {@code shared} and {@code shared/data} work).
     */
    public static Path dataDir(Path dir) {
        return Files.isDirectory(dir.resolve("bc5cdr")) || Files.isDirectory(dir.resolve("ebmnlp"))
                ? dir : dir.resolve("data");
    }

    public static Result<TokenNameFinderModel> trainChemical(Path data, NlpModels nlp) throws IOException {
        NerTokenizer tokenizer = new NerTokenizer(nlp);
        ChemicalCorpus train = ChemicalCorpus.of(PubTatorReader.read(dataDir(data).resolve(BC5CDR_TRAIN)), tokenizer);
        TokenNameFinderModel model = NameFinderTrainer.train(ChemicalCorpus.NAME_TYPE, samples(train.sentences()),
                dictionary(train.sentences()), CHEMICAL_CONFIG);
        F1Counts score = scoreChemical(model, data, nlp);
        return new Result<>(NerModels.CHEMICAL, model, score, "mention F1 (exact span)",
                "BC5CDR training set (" + train.sentences().size() + " sentences, " + train.mentions()
                        + " Chemical mentions), scored on the development set", CHEMICAL_CONFIG.describe(),
                Optional.empty());
    }

    public static F1Counts scoreChemical(TokenNameFinderModel model, Path data, NlpModels nlp) throws IOException {
        List<PubTatorDocument> dev = PubTatorReader.read(dataDir(data).resolve(BC5CDR_DEV));
        return NameFinderScorer.mentions(model, dev, ChemicalCorpus.of(dev, new NerTokenizer(nlp)));
    }

    /**
     * @param chemicals the chemical model whose names the intervention model reads as context
     *                  ({@link InterventionContext}); it was trained on BC5CDR, not on EBM-NLP
     */
    public static Result<InterventionModel> trainIntervention(Path data, TokenNameFinderModel chemicals, NlpModels nlp)
            throws IOException {
        return trainIntervention(data, chemicals, nlp, Optional.empty());
    }

    /**
     * @param keptClasses word classes to train with instead of learning them again (which runs the
     *                    exchange algorithm over the unlabelled text of every training abstract);
     *                    the shipped model's were learnt from unlabelled text only, without the
     *                    held-out abstracts' labels
     */
    public static Result<InterventionModel> trainIntervention(Path data, TokenNameFinderModel chemicals, NlpModels nlp,
                                                              Optional<WordClusters> keptClasses) throws IOException {
        InterventionData.Split split = interventionSplit(data);
        List<InterventionTrainer.Source> training = sources(split.training());
        List<List<String[]>> trainingWords = training.stream()
                .map(d -> d.sentences().stream().map(s -> s.sentence().words()).toList()).toList();
        WordClusters clusters = keptClasses.isPresent() ? keptClasses.get() : WordClassLearning.learn(
                UnlabelledText.sentences(dataDir(data), new NerTokenizer(nlp), trainingWords));
        TrialArmLexicon lexicon = TrialArmLexiconLearning.learn(dataDir(data).resolve(UnlabelledText.PROMPTS),
                new NerTokenizer(nlp));
        InterventionTrainer.Trained trained = InterventionTrainer.train(training,
                new InterventionFeatures(chemicals, nlp, InterventionCues.shipped(), clusters, lexicon),
                INTERVENTION_CONFIG);
        return new Result<>(NerModels.INTERVENTION, trained.model(),
                scoreIntervention(trained.model(), chemicals, nlp, data), "token F1 (I-INT)", describe(split),
                INTERVENTION_CONFIG.describe() + String.format(Locale.ROOT, " (chosen: %.2f)",
                        trained.model().threshold()),
                Optional.of(trained.crossValidation()));
    }

    /**
     * The shipped intervention model with its threshold chosen again ({@link InterventionThreshold}) on
     * the expert-labelled training abstracts that are not in the development split, among the
     * trainer's candidates and lower ones (0.04 to 0.50); scored on the held-out abstracts.
     */
    public static Result<InterventionModel> rethresholdIntervention(Path data, InterventionModel shipped,
                                                                   TokenNameFinderModel chemicals, NlpModels nlp)
            throws IOException {
        InterventionData.Split split = interventionSplit(data);
        List<TrainingAbstract> unseen = InterventionThreshold.unseen(split);
        InterventionThreshold.Chosen chosen = InterventionThreshold.choose(shipped, chemicals, nlp, unseen,
                thresholds(0.04, 0.50, 0.02));
        return new Result<>(NerModels.INTERVENTION, chosen.model(),
                scoreIntervention(chosen.model(), chemicals, nlp, data), "token F1 (I-INT)",
                "the classifiers of the 2026-12-03 model (640 crowd-labelled EBM-NLP development abstracts);"
                        + " threshold chosen on " + unseen.size() + " expert-labelled abstracts that are neither in"
                        + " the development split nor held out; " + describe(split),
                String.format(Locale.ROOT, "threshold chosen among 24 values from 0.04 to 0.50 (was %.2f,"
                        + " chosen: %.2f)", shipped.threshold(), chosen.model().threshold()),
                Optional.of(chosen.counts()));
    }

    /** What the intervention model was trained and scored on, as MODEL.md shows it. */
    static String describe(InterventionData.Split split) {
        long crowd = split.crowdCount();
        long expert = split.training().stream().filter(TrainingAbstract::expert).count();
        long relabelled = expert - (split.training().size() - crowd);
        return String.format(Locale.ROOT, "%d EBM-NLP abstracts: the development split's %d (crowd labels; the"
                + " experts' interventions on the %d of them the experts re-labelled) and %d other expert-labelled"
                + " ones; scored on %d expert-labelled abstracts that are not in the development split (a third"
                + " of them, by a hash of the PubMed id)", split.training().size(), crowd, relabelled,
                split.training().size() - crowd, split.heldOut().size());
    }

    /** The training and held-out abstracts ({@link InterventionData#split}) of the shared data. */
    public static InterventionData.Split interventionSplit(Path data) throws IOException {
        return InterventionData.split(EbmNlpReader.read(dataDir(data).resolve(EBMNLP_DEV)),
                EbmNlpReader.read(dataDir(data).resolve(InterventionData.EXPERT)));
    }

    /** Training abstracts as the trainer reads them. */
    public static List<InterventionTrainer.Source> sources(List<TrainingAbstract> abstracts) {
        List<InterventionTrainer.Source> out = new ArrayList<>(abstracts.size());
        List<List<InterventionSentence>> sentences = InterventionCorpus.documents(
                abstracts.stream().map(TrainingAbstract::document).toList());
        for (int i = 0; i < abstracts.size(); i++) {
            out.add(new InterventionTrainer.Source(sentences.get(i), abstracts.get(i).expert()));
        }
        return out;
    }

    /**
     * The intervention tagger's token F1 on the held-out expert-labelled abstracts
     * ({@link InterventionData#split}).
     */
    public static F1Counts scoreIntervention(InterventionModel model, TokenNameFinderModel chemicals, NlpModels nlp,
                                             Path data) throws IOException {
        return NameFinderScorer.tokens(new InterventionTagger(model, chemicals, nlp),
                InterventionCorpus.documents(interventionSplit(data).heldOut()));
    }

    /** {@code from}, {@code from + step}, ... up to {@code to}, rounded to hundredths. */
    static List<Double> thresholds(double from, double to, double step) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; from + k * step <= to + 1e-9; k++) {
            out.add(Math.round((from + k * step) * 100) / 100.0);
        }
        return out;
    }

    static List<NameSample> samples(List<AlignedSentence> sentences) {
        return sentences.stream().map(AlignedSentence::toNameSample).toList();
    }

    /** The token sequences of the training mentions (for the dictionary feature, when enabled). */
    static List<List<String>> dictionary(List<AlignedSentence> sentences) {
        List<List<String>> out = new ArrayList<>();
        for (AlignedSentence s : sentences) {
            String[] words = s.words();
            for (var name : s.names()) {
                out.add(Arrays.asList(Arrays.copyOfRange(words, name.getStart(), name.getEnd())));
            }
        }
        return out;
    }
}
