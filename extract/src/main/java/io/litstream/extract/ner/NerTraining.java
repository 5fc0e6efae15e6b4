package io.litstream.extract.ner;

import io.litstream.extract.nlp.NlpModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * How the shipped name finder models are built from the public data in {@code shared/data}, and
 * how they are scored on data they were not trained on:
 * <ul>
 *   <li>{@value NerModels#CHEMICAL}: BC5CDR training set Chemical mentions; scored on the BC5CDR
 *       development set (exact mention spans);</li>
 *   <li>{@value NerModels#INTERVENTION}: EBM-NLP interventions ({@code I-INT}) of two thirds of
 *       the development split's documents; scored per token on the other third
 *       ({@link InterventionCorpus#split}).</li>
 * </ul>
 * The settings are fixed ({@link #CHEMICAL_CONFIG}, {@link #INTERVENTION_CONFIG}) and the
 * perceptron trainer has no randomness, so the same data gives the same model.
 */
public final class NerTraining {
    /**
     * Perceptron with BILOU coding and affixes up to 5 characters. A dictionary of the training
     * mentions was measured and left out: with it the model trusts the dictionary on every
     * training mention and misses unseen chemicals (development F1 0.76 against 0.85 without).
     */
    public static final NerTrainingConfig CHEMICAL_CONFIG =
            new NerTrainingConfig("PERCEPTRON", 300, 1, 1, 5, true, false, 1);
    public static final NerTrainingConfig INTERVENTION_CONFIG =
            new NerTrainingConfig("PERCEPTRON", 300, 1, 1, 4, true, false, 1);

    static final String BC5CDR_TRAIN = "bc5cdr/CDR_TrainingSet.PubTator.txt";
    static final String BC5CDR_DEV = "bc5cdr/CDR_DevelopmentSet.PubTator.txt";
    static final String EBMNLP_DEV = "ebmnlp/dev.txt";

    /** A trained model, its score on held-out data, and what it was trained and scored on. */
    public record Result(String file, TokenNameFinderModel model, F1Counts score, String metric, String data) {
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

    public static Result trainChemical(Path data, NlpModels nlp) throws IOException {
        NerTokenizer tokenizer = new NerTokenizer(nlp);
        ChemicalCorpus train = ChemicalCorpus.of(PubTatorReader.read(dataDir(data).resolve(BC5CDR_TRAIN)), tokenizer);
        TokenNameFinderModel model = NameFinderTrainer.train(ChemicalCorpus.NAME_TYPE, samples(train.sentences()),
                dictionary(train.sentences()), CHEMICAL_CONFIG);
        F1Counts score = scoreChemical(model, data, nlp);
        return new Result(NerModels.CHEMICAL, model, score, "mention F1 (exact span)",
                "BC5CDR training set (" + train.sentences().size() + " sentences, " + train.mentions()
                        + " Chemical mentions), scored on the development set");
    }

    public static F1Counts scoreChemical(TokenNameFinderModel model, Path data, NlpModels nlp) throws IOException {
        List<PubTatorDocument> dev = PubTatorReader.read(dataDir(data).resolve(BC5CDR_DEV));
        return NameFinderScorer.mentions(model, dev, ChemicalCorpus.of(dev, new NerTokenizer(nlp)));
    }

    /**
     * @param chemicals the chemical model whose names the intervention model reads as context
     *                  ({@link InterventionContext}); it was trained on BC5CDR, not on EBM-NLP
     */
    public static Result trainIntervention(Path data, TokenNameFinderModel chemicals) throws IOException {
        List<EbmNlpDocument> docs = EbmNlpReader.read(dataDir(data).resolve(EBMNLP_DEV));
        List<EbmNlpDocument> trainDocs = InterventionCorpus.trainPart(docs);
        List<AlignedSentence> train = InterventionCorpus.sentences(trainDocs, chemicals).stream()
                .map(InterventionSentence::sentence).toList();
        TokenNameFinderModel model = NameFinderTrainer.train(InterventionCorpus.NAME_TYPE, samples(train),
                dictionary(train), INTERVENTION_CONFIG);
        return new Result(NerModels.INTERVENTION, model, scoreIntervention(model, chemicals, data), "token F1 (I-INT)",
                trainDocs.size() + " of " + docs.size() + " EBM-NLP dev documents (2 of every 3"
                        + " in file order), scored on the other " + (docs.size() - trainDocs.size()));
    }

    public static F1Counts scoreIntervention(TokenNameFinderModel model, TokenNameFinderModel chemicals, Path data)
            throws IOException {
        List<EbmNlpDocument> docs = EbmNlpReader.read(dataDir(data).resolve(EBMNLP_DEV));
        return NameFinderScorer.tokens(model,
                InterventionCorpus.sentences(InterventionCorpus.evalPart(docs), chemicals));
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
