package io.litstream.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (sentence detector, tokenizer, POS tagger), loaded once per process.
 *
 * <p>OpenNLP model objects are immutable and thread-safe, so one instance is shared by every
 * stream thread; only the {@code *ME} tools built on them ({@link NlpPipeline}) are per thread.
 * Loading takes about a second, which is why {@link #english()} caches them.
 *
 * <p>The models come from the {@code opennlp-models-*-en} jars. Each jar has a
 * {@code model.properties} at its root naming its {@code .bin}; reading those names (instead of
 * hard-coding {@code opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin}) keeps a model upgrade a pom change.
 */
public final class NlpModels {
    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;

    public NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
        this.posModel = posModel;
    }

    /** The English models from the classpath, loaded on first use and shared by the whole process. */
    public static NlpModels english() {
        return Shared.INSTANCE;
    }

    /** Loads the English models from the classpath now (prefer {@link #english()}). */
    public static NlpModels loadEnglish() {
        ClassLoader loader = NlpModels.class.getClassLoader();
        try {
            try (InputStream s = open(loader, findBin(loader, "-sentence-"));
                 InputStream t = open(loader, findBin(loader, "-tokens-"));
                 InputStream p = open(loader, findBin(loader, "-pos-"))) {
                return new NlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the English OpenNLP models", e);
        }
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }

    /** Finds the {@code .bin} whose name contains {@code kind} among the model jars' {@code model.properties}. */
    private static String findBin(ClassLoader loader, String kind) throws IOException {
        for (URL url : Collections.list(loader.getResources("model.properties"))) {
            Properties props = new Properties();
            try (InputStream in = url.openStream()) {
                props.load(in);
            }
            String name = props.getProperty("model.name", "");
            if (name.contains(kind) && "en".equals(props.getProperty("model.language", "en"))) {
                return name;
            }
        }
        throw new IOException("no English OpenNLP model with '" + kind + "' in its name on the classpath"
                + " (is opennlp-models-*-en a dependency?)");
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is named in model.properties but missing");
        }
        return in;
    }

    /** Lazy holder: the JVM loads the models once, on the first call to {@link #english()}. */
    private static final class Shared {
        static final NlpModels INSTANCE = loadEnglish();
    }
}
