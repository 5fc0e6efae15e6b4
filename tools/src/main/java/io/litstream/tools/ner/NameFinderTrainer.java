package io.litstream.tools.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP {@link NameFinderME} model with OpenNLP's own trainer: the default name
 * finder features (token and token class in a ±2 window, previous outcomes, bigrams, sentence
 * start), plus prefixes/suffixes (drug names share endings: -ine, -pam, -mab) and, optionally, a
 * dictionary feature over the training mentions (the model carries that dictionary, so it is
 * built from training data only, never from evaluation data).
 */
public final class NameFinderTrainer {
    static final String DICTIONARY_KEY = "training-mentions";

    private NameFinderTrainer() {
    }

    /**
     * @param type       the name type the samples carry (e.g. {@code chemical})
     * @param samples    training sentences; a sample that opens a document clears adaptive data
     * @param dictionary token sequences to put in the dictionary feature (ignored unless
     *                   {@link NerTrainingConfig#useDictionary()})
     */
    public static TokenNameFinderModel train(String type, List<NameSample> samples,
                                             Collection<List<String>> dictionary, NerTrainingConfig config)
            throws IOException {
        Map<String, Object> resources = new HashMap<>();
        if (config.useDictionary()) {
            Dictionary dict = new Dictionary(false);
            for (List<String> entry : dictionary) {
                if (!entry.isEmpty()) {
                    dict.put(new StringList(entry.toArray(String[]::new)));
                }
            }
            resources.put(DICTIONARY_KEY, dict);
        }
        byte[] features = featureDescriptor(config).getBytes(StandardCharsets.UTF_8);
        TokenNameFinderFactory factory = new TokenNameFinderFactory(features, resources,
                config.bilou() ? new BilouCodec() : new BioCodec());
        return NameFinderME.train("en", type, new CollectionObjectStream<>(samples), parameters(config), factory);
    }

    static TrainingParameters parameters(NerTrainingConfig config) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
        p.put(TrainingParameters.TRAINER_TYPE_PARAM, TrainerFactory.TrainerType.EVENT_MODEL_TRAINER.name());
        p.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, config.threads());
        p.put(BeamSearch.BEAM_SIZE_PARAMETER, config.beamSize());
        return p;
    }

    /** The feature generator descriptor stored in the model (so the finder rebuilds the same features). */
    static String featureDescriptor(NerTrainingConfig config) {
        String gen = "opennlp.tools.util.featuregen.";
        StringBuilder xml = new StringBuilder("<featureGenerators cache=\"true\" name=\"nameFinder\">\n");
        xml.append(window(gen + "TokenClassFeatureGeneratorFactory", ""));
        xml.append(window(gen + "TokenFeatureGeneratorFactory", "<bool name=\"lowercase\">true</bool>"));
        xml.append("  <generator class=\"").append(gen).append("DefinitionFeatureGeneratorFactory\"/>\n");
        xml.append("  <generator class=\"").append(gen).append("PreviousMapFeatureGeneratorFactory\"/>\n");
        xml.append("  <generator class=\"").append(gen).append("BigramNameFeatureGeneratorFactory\"/>\n");
        xml.append("  <generator class=\"").append(gen).append("SentenceFeatureGeneratorFactory\">")
                .append("<bool name=\"begin\">true</bool><bool name=\"end\">false</bool></generator>\n");
        if (config.affixLength() > 0) {
            xml.append("  <generator class=\"").append(gen).append("PrefixFeatureGeneratorFactory\">")
                    .append("<int name=\"length\">").append(config.affixLength()).append("</int></generator>\n");
            xml.append("  <generator class=\"").append(gen).append("SuffixFeatureGeneratorFactory\">")
                    .append("<int name=\"length\">").append(config.affixLength()).append("</int></generator>\n");
        }
        if (config.useDictionary()) {
            xml.append(window(gen + "DictionaryFeatureGeneratorFactory",
                    "<str name=\"dict\">" + DICTIONARY_KEY + "</str><str name=\"prefix\">dict</str>"));
        }
        return xml.append("</featureGenerators>\n").toString();
    }

    private static String window(String generatorClass, String settings) {
        return "  <generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
                + "<int name=\"prevLength\">2</int><int name=\"nextLength\">2</int>"
                + "<generator class=\"" + generatorClass + "\">" + settings + "</generator></generator>\n";
    }
}
