package io.litstream.extract.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The trained name finder models ({@value #CHEMICAL} from BC5CDR, {@value #INTERVENTION} from
 * EBM-NLP), shipped in the models module under {@value #FOLDER} with their card, {@code MODEL.md}.
 *
 * <p>{@link TokenNameFinderModel} is immutable and thread-safe, so one instance serves every
 * stream thread; the {@code NameFinderME}s built on it are per thread ({@link ModelMentionFinder}).
 *
 * @param chemical     chemical names, if present
 * @param intervention trial interventions (a token classifier run by {@link InterventionTagger}),
 *                     if present; it reads the chemical model's names as context
 *                     ({@link InterventionContext}), so it is only used together with it
 */
public record NerModels(Optional<TokenNameFinderModel> chemical, Optional<InterventionModel> intervention) {
    public static final String CHEMICAL = "chemical.bin";
    public static final String INTERVENTION = "intervention.bin";
    /** Where the models module keeps the files on the class path. */
    public static final String FOLDER = "/io/litstream/models/";

    public NerModels {
        if (intervention.isPresent() && chemical.isEmpty()) {
            throw new IllegalArgumentException("the intervention model needs the chemical model's names as context");
        }
    }

    /**
     * The shipped models extraction runs, loaded on first use and shared by the whole process: the
     * chemical model and the intervention model (for the trial arms, {@link #forExtraction()}).
     */
    public static NerModels shipped() {
        return Shared.INSTANCE;
    }

    /**
     * The models the extractor runs per article: the chemical model on sentences that state a
     * finding, and the intervention model on trial-like sentences for the trial arms (see
     * {@code io.litstream.extract.arms.TrialSentences}).
     */
    public NerModels forExtraction() {
        return this;
    }

    /** The chemical model alone: the extractor as it was before it found trial arms (for comparisons). */
    public NerModels withoutIntervention() {
        return new NerModels(chemical, Optional.empty());
    }

    /**
     * A short content hash of the models in use ({@code none} without any), so that an extraction
     * names the model that made it and a retrained model shows up as a new extractor version.
     */
    public String version() {
        if (chemical.isEmpty() && intervention.isEmpty()) {
            return "none";
        }
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            // The manifest names the name finder's training run (time, event hash, settings); its
            // serialised bytes are no fingerprint: they carry zip timestamps that change at every write.
            String identity = chemical.map(m -> m.getManifestProperty("Timestamp") + "|"
                    + m.getManifestProperty("Training-Eventhash") + "|" + m.getManifestProperty("Training-Iterations"))
                    .orElse("-") + "|" + intervention.map(InterventionModel::identity).orElse("-");
            digest.update(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** No models: the extractor then finds only lexicon therapies. */
    public static NerModels none() {
        return new NerModels(Optional.empty(), Optional.empty());
    }

    /** Loads the shipped models extraction runs now (prefer {@link #shipped()}); a model file that is absent is left out. */
    public static NerModels loadShipped() {
        Optional<TokenNameFinderModel> chemical = load(CHEMICAL);
        return new NerModels(chemical, chemical.isPresent() ? loadIntervention() : Optional.empty());
    }

    /** One shipped name finder model ({@value #FOLDER} + {@code resource}), if it is there. */
    public static Optional<TokenNameFinderModel> load(String resource) {
        try (InputStream in = NerModels.class.getResourceAsStream(FOLDER + resource)) {
            return in == null ? Optional.empty() : Optional.of(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name finder model " + resource, e);
        }
    }

    /** The shipped intervention model ({@value #INTERVENTION}), if it is there. */
    public static Optional<InterventionModel> loadIntervention() {
        try (InputStream in = NerModels.class.getResourceAsStream(FOLDER + INTERVENTION)) {
            return in == null ? Optional.empty() : Optional.of(InterventionModel.read(new BufferedInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the intervention model " + INTERVENTION, e);
        }
    }

    private static final class Shared {
        static final NerModels INSTANCE = loadShipped();
    }
}
