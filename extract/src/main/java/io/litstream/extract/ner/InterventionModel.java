package io.litstream.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The shipped intervention model: two OpenNLP maxent token classifiers (outcome {@value #INSIDE}
 * for a token inside an intervention, {@value #OUTSIDE} otherwise), the first on the token's
 * features ({@link InterventionFeatures}) and with two more outcomes, EBM-NLP's participants
 * ({@value #PARTICIPANTS}) and outcomes ({@value #OUTCOME}), so that it learns what the noun
 * phrases that are not interventions look like instead of lumping them with the rest (2-fold
 * cross-validation inside the training documents: 0.559 with two outcomes, 0.562 with four,
 * 0.565 when the second pass also reads the two new probabilities; a four-outcome second pass
 * 0.525), the second on those and the first one's probabilities
 * around the token ({@link InterventionStacking}), and the second one's probability from which a
 * token is taken as an intervention (chosen by cross-validation on the training documents).
 *
 * <p>The word classes and the trial-arm lexicon its features read ({@link WordClusters},
 * {@link TrialArmLexicon}) travel with it, so a tagger always reads the ones its model was
 * trained with.
 *
 * <p>File layout: a format name, the threshold, the word classes, the lexicon, then both classifiers in
 * OpenNLP's binary model format. The trainer writes no timestamps, so the same training run gives the same bytes, and
 * {@link #identity()} names the model by them.
 *
 * @param identity a short hash of the serialised model: of the bytes read when the model was read
 *                 from a file, else of the model serialised once at construction (reading does not
 *                 serialise the 40 MB model again: each stream task's extractor asks for it at start-up)
 */
public record InterventionModel(AbstractModel firstPass, AbstractModel secondPass, double threshold,
                                WordClusters clusters, TrialArmLexicon lexicon, String identity) {
    public static final String INSIDE = "I";
    /** The first pass's outcome for a token of the trial's participants (EBM-NLP {@code I-PAR}). */
    public static final String PARTICIPANTS = "P";
    /** The first pass's outcome for a token of an outcome (EBM-NLP {@code I-OUT}). */
    public static final String OUTCOME = "U";
    public static final String OUTSIDE = "O";
    /** The first pass's roles whose probabilities the second pass reads, in this order. */
    public static final List<String> ROLES = List.of(INSIDE, PARTICIPANTS, OUTCOME);
    static final String FORMAT = "litstream-intervention-token-classifier-5";

    public InterventionModel {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (firstPass.getIndex(INSIDE) < 0 || secondPass.getIndex(INSIDE) < 0) {
            throw new IllegalArgumentException("a classifier has no outcome " + INSIDE);
        }
    }

    /** A model named by its serialised bytes, as a trainer makes one. */
    public InterventionModel(AbstractModel firstPass, AbstractModel secondPass, double threshold,
                             WordClusters clusters, TrialArmLexicon lexicon) {
        this(firstPass, secondPass, threshold, clusters, lexicon,
                identityOf(new InterventionModel(firstPass, secondPass, threshold, clusters, lexicon, "-")));
    }

    /** The first pass's probability that a token with these features is inside an intervention. */
    public double firstInside(String[] features) {
        return inside(firstPass, features);
    }

    /** The first pass's probabilities of {@link #ROLES}: intervention, participants, outcome. */
    public double[] firstRoles(String[] features) {
        return roles(firstPass, features);
    }

    /** The second pass's probability ({@link InterventionStacking} features), the one the threshold applies to. */
    public double secondInside(String[] features) {
        return inside(secondPass, features);
    }

    static double inside(AbstractModel classifier, String[] features) {
        return classifier.eval(features)[classifier.getIndex(INSIDE)];
    }

    /** The probabilities of {@link #ROLES}; 0 for a role the classifier never saw in training. */
    public static double[] roles(AbstractModel classifier, String[] features) {
        double[] p = classifier.eval(features);
        double[] out = new double[ROLES.size()];
        for (int r = 0; r < out.length; r++) {
            int index = classifier.getIndex(ROLES.get(r));
            out[r] = index < 0 ? 0 : p[index];
        }
        return out;
    }

    public void serialize(OutputStream out) throws IOException {
        // OpenNLP's model writer closes the stream it writes to; the second classifier follows the first
        DataOutputStream data = new DataOutputStream(new KeptOpen(out));
        data.writeUTF(FORMAT);
        data.writeDouble(threshold);
        clusters.write(data);
        lexicon.write(data);
        new GenericModelWriter(firstPass, data).persist();
        new GenericModelWriter(secondPass, data).persist();
        data.flush();
    }

    /** Passes writes through and turns close into flush. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    public static InterventionModel read(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        DataInputStream data = new DataInputStream(new DigestInputStream(in, digest));
        String format = data.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException("not an intervention model (format '" + format + "', expected '" + FORMAT + "')");
        }
        double threshold = data.readDouble();
        WordClusters clusters = WordClusters.read(data);
        TrialArmLexicon lexicon = TrialArmLexicon.read(data);
        AbstractModel first = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        AbstractModel second = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        // Every byte serialize writes has been read, so this is the hash identityOf would compute.
        return new InterventionModel(first, second, threshold, clusters, lexicon, shortHex(digest));
    }

    /** A short hash of {@code model} serialised (it changes when the model is retrained on other data or settings). */
    static String identityOf(InterventionModel model) {
        MessageDigest digest = sha256();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            model.serialize(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shortHex(digest);
    }

    private static String shortHex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
