package io.litstream.extract.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second pass of the intervention tagger reads what the first pass thought: each token keeps
 * its own features ({@link InterventionFeatures}) and gains the first pass's probabilities, in
 * tenths, of itself and of the tokens two either side, of its two neighbours together, of itself
 * together with its word, the highest probability of the same word anywhere in the document, and
 * the highest probability in its sentence, and the first pass's probabilities that the token and
 * its neighbours one either side belong to the participants or to an outcome, and the highest of
 * those of the same word in the document (2-fold cross-validation inside the training documents:
 * 0.569 without the document's, 0.573 with them). So the second pass
 * learns how far a span reaches ("of
 * the", brackets and doses between two arms) and which repeats of a name count, the work a fixed
 * rule of document consistency did before (2-fold cross-validation inside the training documents:
 * one pass with that rule 0.518, two passes without it 0.540).
 *
 * <p>To train the second pass, the first-pass probabilities of a training document must come from
 * a first pass that did not see it ({@link InterventionTrainer} trains on one half, predicts the
 * other); otherwise the second pass learns to trust over-confident probabilities.
 */
public final class InterventionStacking {
    private static final int NEIGHBOURS = 2;
    static final double LIKELY = 0.5;

    private InterventionStacking() {
    }

    /**
     * @param sentences the document's sentences as tokens, title first
     * @param features  per sentence, per token, the first pass's features
     * @param firstRoles per sentence, per token, the first pass's probabilities of
     *                   {@link InterventionModel#ROLES}: intervention, participants, outcome
     * @return per sentence, per token, the second pass's features
     */
    public static List<String[][]> features(List<String[]> sentences, List<String[][]> features,
                                            List<double[][]> firstRoles) {
        List<double[]> firstPass = InterventionTagger.role(firstRoles, 0);
        // per word (case folded), the best probability of each role anywhere in the document
        Map<String, double[]> bestOfWord = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            for (int i = 0; i < words.length; i++) {
                double[] roles = firstRoles.get(s)[i];
                double[] best = bestOfWord.computeIfAbsent(words[i].toLowerCase(Locale.ROOT),
                        w -> new double[roles.length]);
                for (int r = 0; r < roles.length; r++) {
                    best[r] = Math.max(best[r], roles[r]);
                }
            }
        }
        List<String[][]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            double[] p = firstPass.get(s);
            double sentenceBest = 0;
            for (double x : p) {
                sentenceBest = Math.max(sentenceBest, x);
            }
            String[][] f = new String[words.length][];
            for (int i = 0; i < words.length; i++) {
                String word = words[i].toLowerCase(Locale.ROOT);
                List<String> x = new ArrayList<>(features.get(s)[i].length + 10);
                x.addAll(List.of(features.get(s)[i]));
                for (int d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
                    x.add("p" + d + "=" + at(p, i + d));
                }
                x.add("pLR=" + at(p, i - 1) + "_" + at(p, i + 1));
                x.add("p0w=" + tenth(p[i]) + "_" + word);
                double[] best = bestOfWord.get(word);
                x.add("pdoc=" + tenth(best[0]));
                x.add("pdocp=" + tenth(best[1]));
                x.add("pdocu=" + tenth(best[2]));
                x.add("psent=" + tenth(sentenceBest));
                spanShape(x, p, i);
                otherRoles(x, firstRoles.get(s), i);
                f[i] = x.toArray(String[]::new);
            }
            out.add(f);
        }
        return out;
    }

    /**
     * How far the nearest likely token ({@value #LIKELY} or more) stands to the left and to the
     * right in the sentence (1, 2, 3, up to 6, farther, none), and the probabilities three tokens
     * away: where a span may reach, over "of", doses and brackets, besides the two neighbours either
     * side (2-fold cross-validation inside the training documents: 0.538 without, 0.541 with).
     */
    static void spanShape(List<String> x, double[] p, int i) {
        int left = 0;
        for (int k = i - 1; k >= 0; k--) {
            if (p[k] >= LIKELY) {
                left = i - k;
                break;
            }
        }
        int right = 0;
        for (int k = i + 1; k < p.length; k++) {
            if (p[k] >= LIKELY) {
                right = k - i;
                break;
            }
        }
        String l = distance(left);
        String r = distance(right);
        x.add("dl=" + l);
        x.add("dr=" + r);
        x.add("dlr=" + l + "_" + r);
        x.add("p3=" + at(p, i + 3) + "_" + at(p, i - 3));
    }

    /** The first pass's participants and outcome probabilities, in tenths, of the token and one either side. */
    static void otherRoles(List<String> x, double[][] roles, int i) {
        for (int d = -1; d <= 1; d++) {
            int j = i + d;
            boolean outside = j < 0 || j >= roles.length;
            x.add("pp" + d + "=" + (outside ? "x" : tenth(roles[j][1])));
            x.add("pu" + d + "=" + (outside ? "x" : tenth(roles[j][2])));
        }
    }

    /** "n" for none, 1 to 3 as they are, "m" up to 6, "f" beyond. */
    private static String distance(int d) {
        return d == 0 ? "n" : d <= 3 ? Integer.toString(d) : d <= 6 ? "m" : "f";
    }

    private static String at(double[] p, int i) {
        return i < 0 || i >= p.length ? "x" : tenth(p[i]);
    }

    /** 0 for [0, 0.1), 1 for [0.1, 0.2) ... 9 for [0.9, 1]. */
    static String tenth(double p) {
        return Integer.toString(Math.min(9, (int) (p * 10)));
    }
}
