package io.litstream.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Word classes learnt from unlabelled biomedical text (by the tools module's exchange clustering) at a few
 * granularities ({@link #SIZES}), for the intervention tagger: a word it saw rarely in its
 * labelled documents still shares a class with the drug names, therapy nouns or dose units it did
 * see. The intervention model carries them ({@link InterventionModel}): words and class numbers, no
 * text.
 *
 * @param classes each known word (normalised: {@link #normalise}) and its class at each size
 */
public record WordClusters(Map<String, int[]> classes) {
    /** Class counts, coarse to fine. */
    public static final List<Integer> SIZES = List.of(32, 128, 512);
    /** Words seen fewer times in the unlabelled text get no class. */
    public static final int MIN_COUNT = 3;
    /** The class name of a word that has none. */
    public static final String UNKNOWN = "u";

    public WordClusters {
        classes = Map.copyOf(classes);
    }

    /** Lower case, every digit as 0 (doses and counts share their classes). */
    public static String normalise(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(Character.isDigit(c) ? '0' : c);
        }
        return b.toString();
    }

    /** The word's class at {@code SIZES.get(level)}, or {@value #UNKNOWN}. */
    public String of(String word, int level) {
        int[] c = classes.get(normalise(word));
        return c == null ? UNKNOWN : Integer.toString(c[level]);
    }


    /** The word count, then each word (sorted) and its class at each size. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (String w : new TreeSet<>(classes.keySet())) {
            out.writeUTF(w);
            for (int c : classes.get(w)) {
                out.writeShort(c);
            }
        }
    }

    public static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative word count in the word classes: " + n);
        }
        Map<String, int[]> classes = new HashMap<>();
        for (int k = 0; k < n; k++) {
            String w = in.readUTF();
            int[] c = new int[SIZES.size()];
            for (int level = 0; level < c.length; level++) {
                c[level] = in.readShort();
            }
            classes.put(w, c);
        }
        return new WordClusters(classes);
    }
}
