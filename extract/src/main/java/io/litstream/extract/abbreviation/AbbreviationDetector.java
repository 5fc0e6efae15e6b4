package io.litstream.extract.abbreviation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds define-once abbreviations, "long form (SF)", with the Schwartz–Hearst algorithm
 * (Schwartz &amp; Hearst, PSB 2003): every letter or digit of the short form must appear, in order,
 * in the long form, the first one at the start of a word, and the long form may have at most
 * {@code min(|SF| + 5, 2|SF|)} words. Stateless and thread-safe.
 */
public final class AbbreviationDetector {
    private static final int MIN_SHORT = 2;
    private static final int MAX_SHORT = 10;
    /** "(SF; n = 12)" still defines SF; anything longer inside the brackets is prose. */
    private static final int MAX_INSIDE = 60;
    /** Enough characters before the bracket for the longest long form (15 words). */
    private static final int MAX_BEFORE = 250;

    /** Every definition in one sentence, in order. */
    public List<Abbreviation> detect(String sentence) {
        List<Abbreviation> out = new ArrayList<>();
        int open = sentence.indexOf('(');
        while (open >= 0) {
            int close = sentence.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            if (close - open - 1 > MAX_INSIDE) {
                open = sentence.indexOf('(', open + 1);
                continue;
            }
            String inside = sentence.substring(open + 1, close).strip();
            // "(SF; ...)" and "(SF, ...)" define SF too.
            int cut = firstOf(inside, ';', ',');
            String shortForm = (cut >= 0 ? inside.substring(0, cut) : inside).strip();
            if (isShortForm(shortForm)) {
                String longForm = bestLongForm(shortForm, candidate(sentence.substring(0, open), shortForm));
                if (longForm != null) {
                    out.add(new Abbreviation(shortForm, longForm));
                }
            }
            open = sentence.indexOf('(', close + 1);
        }
        return out;
    }

    private static boolean isShortForm(String s) {
        if (s.length() < MIN_SHORT || s.length() > MAX_SHORT || s.split("\\s+").length > 2
                || !Character.isLetterOrDigit(s.charAt(0))) {
            return false;
        }
        return s.chars().anyMatch(Character::isLetter) && s.chars().anyMatch(Character::isUpperCase);
    }

    /** The words before the bracket that may form the long form, stopping at a clause boundary. */
    private static String candidate(String allBefore, String shortForm) {
        String before = allBefore.substring(Math.max(0, allBefore.length() - MAX_BEFORE));
        int boundary = Math.max(lastIndexOf(before, ";:([{"), -1);
        String text = before.substring(boundary + 1).strip();
        String[] words = text.split("\\s+");
        int letters = (int) shortForm.chars().filter(Character::isLetterOrDigit).count();
        int max = Math.min(letters + 5, letters * 2);
        int from = Math.max(0, words.length - max);
        return String.join(" ", Arrays.copyOfRange(words, from, words.length));
    }

    /** Schwartz–Hearst's right-to-left alignment of the short form's characters in the long form. */
    static String bestLongForm(String shortForm, String longForm) {
        String sf = shortForm.toLowerCase(Locale.ROOT);
        String lf = longForm.toLowerCase(Locale.ROOT);
        int s = sf.length() - 1;
        int l = lf.length() - 1;
        while (s >= 0) {
            char c = sf.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (lf.charAt(l) != c
                    || s == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        int start = lf.lastIndexOf(' ', l) + 1;
        String result = longForm.substring(start).strip();
        if (result.isEmpty() || result.toLowerCase(Locale.ROOT).contains(sf)) {
            return null;
        }
        return result;
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static int lastIndexOf(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            best = Math.max(best, s.lastIndexOf(c));
        }
        return best;
    }
}
