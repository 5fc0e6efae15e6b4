package io.litstream.tools.eval.cleaning;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bag-of-words precision, recall and F1 of extracted text against a reference, as the WCXB
 * benchmark's {@code evaluate.py} computes them: lower-cased {@code \w+} tokens (Unicode-aware,
 * like Python 3's {@code re}), overlap = sum of the per-word minimum counts. An empty reference
 * scores 1 only against an empty prediction.
 */
public record WordF1(double precision, double recall, double f1) {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static WordF1 of(String predicted, String reference) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> r = bag(reference);
        int pn = total(p);
        int rn = total(r);
        if (rn == 0) {
            return pn == 0 ? new WordF1(1, 1, 1) : new WordF1(0, 0, 0);
        }
        if (pn == 0) {
            return new WordF1(0, 0, 0);
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) overlap / pn;
        double recall = (double) overlap / rn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new WordF1(precision, recall, f1);
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        if (text == null) {
            return bag;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static int total(Map<String, Integer> bag) {
        int n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }
}
