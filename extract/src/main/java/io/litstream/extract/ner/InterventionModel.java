package io.litstream.extract.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The shipped intervention model: an OpenNLP maxent token classifier (outcome {@value #INSIDE}
 * for a token inside an intervention, {@value #OUTSIDE} otherwise) and the probability from which
 * a token is taken as an intervention (chosen by cross-validation on the training documents).
 *
 * <p>File layout: a format name, the threshold, then the classifier in OpenNLP's binary model
 * format. GIS writes no timestamps, so the same training run gives the same bytes, and
 * {@link #identity()} names the model by them.
 */
public record InterventionModel(AbstractModel classifier, double threshold) {
    public static final String INSIDE = "I";
    public static final String OUTSIDE = "O";
    static final String FORMAT = "litstream-intervention-token-classifier-1";

    public InterventionModel {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (classifier.getIndex(INSIDE) < 0) {
            throw new IllegalArgumentException("the classifier has no outcome " + INSIDE);
        }
    }

    /** The probability that a token with these features is inside an intervention. */
    public double inside(String[] features) {
        return classifier.eval(features)[classifier.getIndex(INSIDE)];
    }

    public void serialize(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(FORMAT);
        data.writeDouble(threshold);
        new GenericModelWriter(classifier, data).persist();
        data.flush();
    }

    public static InterventionModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String format = data.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException("not an intervention model (format '" + format + "', expected '" + FORMAT + "')");
        }
        double threshold = data.readDouble();
        return new InterventionModel(new GenericModelReader(new BinaryFileDataReader(data)).getModel(), threshold);
    }

    /** A short hash of the serialised model (it changes when the model is retrained on other data or settings). */
    public String identity() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            serialize(bytes);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()))
                    .substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
