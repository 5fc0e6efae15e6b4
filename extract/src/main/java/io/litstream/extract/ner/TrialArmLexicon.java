package io.litstream.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a word, and a pair of adjacent words, is used in the Evidence Inference prompts: thousands
 * of trials' intervention and comparator strings ("Liraglutide (1.2 mg) plus glimepiride",
 * "usual care") and outcome strings ("HbA1c", "pain at rest"). A word the intervention tagger's
 * 640 labelled abstracts barely show may still be one that names trial arms far more often than
 * outcomes, or the reverse (2-fold cross-validation inside the training documents: 0.571 without,
 * 0.570 with the token's own label alone, 0.575 with its neighbours' and its POS tag too, 0.576
 * with the pairs' too, 0.571 with whole-string matches instead of pairs, 0.548 with labels in
 * tenths and four frequency bands).
 *
 * <p>Each word or pair gets a label {@code share_frequency}: the share of the strings holding it
 * that are arms, in fifths (0 to 4), and how many strings hold it (0: under 3, 1: under 20, 2:
 * more). A string counts once per article. The intervention model carries the labels
 * ({@link InterventionModel}): words and labels, no text of the prompts.
 *
 * @param labels a lower-case word, or two joined by a space ({@code <s>} and {@code </s>} at the
 *               ends of a string), and its label
 */
public record TrialArmLexicon(Map<String, String> labels) {
    /** The label of a word or pair no prompt holds. */
    public static final String UNKNOWN = "n";
    /** The label of a position outside the sentence. */
    public static final String OUTSIDE = "x";
    /** The words before and after a string, as its pairs read them. */
    public static final String START = "<s>";
    public static final String END = "</s>";

    /** A lexicon that knows no words (every label {@value #UNKNOWN}). */
    public static final TrialArmLexicon EMPTY = new TrialArmLexicon(Map.of());

    public TrialArmLexicon {
        labels = Map.copyOf(labels);
    }

    /** The label of the word at {@code i}, {@value #OUTSIDE} outside the sentence. */
    public String word(String[] words, int i) {
        if (i < 0 || i >= words.length) {
            return OUTSIDE;
        }
        return labels.getOrDefault(lower(words[i]), UNKNOWN);
    }

    /** The label of the words at {@code i} and {@code i + 1}, with the sentence's ends as words. */
    public String pair(String[] words, int i) {
        String left = i < 0 ? START : lower(words[i]);
        String right = i + 1 >= words.length ? END : lower(words[i + 1]);
        return labels.getOrDefault(left + " " + right, UNKNOWN);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The term count, then each term (sorted) and its label. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.size());
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    public static TrialArmLexicon read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative term count in the trial-arm lexicon: " + n);
        }
        Map<String, String> labels = new HashMap<>();
        for (int k = 0; k < n; k++) {
            labels.put(in.readUTF(), in.readUTF());
        }
        return new TrialArmLexicon(labels);
    }
}
