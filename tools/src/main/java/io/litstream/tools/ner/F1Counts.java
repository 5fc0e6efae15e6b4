package io.litstream.tools.ner;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * True positives, false positives and false negatives of a retrieval task, and the precision,
 * recall and F1 they give. Empty predictions on empty gold score 0, not NaN, so a broken model
 * never looks perfect.
 */
public record F1Counts(int truePositives, int falsePositives, int falseNegatives) {
    public static final F1Counts ZERO = new F1Counts(0, 0, 0);

    /** Compares two sets of items (mention keys, token positions) exactly. */
    public static <T> F1Counts compare(Collection<T> gold, Collection<T> predicted) {
        Set<T> g = new HashSet<>(gold);
        Set<T> p = new HashSet<>(predicted);
        int tp = 0;
        for (T item : p) {
            if (g.contains(item)) {
                tp++;
            }
        }
        return new F1Counts(tp, p.size() - tp, g.size() - tp);
    }

    public F1Counts plus(F1Counts other) {
        return new F1Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** e.g. {@code P 0.871 R 0.842 (tp 4512, fp 668, fn 846)}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "P %.3f R %.3f (tp %d, fp %d, fn %d)", precision(), recall(),
                truePositives, falsePositives, falseNegatives);
    }
}
