package io.litstream.extract.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cheap normaliser lexicon matching runs on instead of a lemmatiser: lower case, accents
 * and Greek letters spelled out, British "-our" folded to "-or", simple plural folding.
 * Applied the same way to lexicon synonyms and to text, so both meet in the middle (a fold that
 * is linguistically wrong, "diabetes" to "diabete", is harmless because it is symmetric).
 * Hyphens and slashes are handled one level up: the match tokenizer splits on them.
 */
public final class TextNormalizer {
    private static final Map<Character, String> GREEK = Map.of(
            'α', "alpha", 'β', "beta", 'γ', "gamma", 'δ', "delta", 'κ', "kappa", 'μ', "mu", 'σ', "sigma",
            'ω', "omega");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern BRITISH_OUR = Pattern.compile("(?<=[a-z]{3})our(?=(?:s|al|ally|ed|ing)?$)");

    private TextNormalizer() {
    }

    /** The case-insensitive key of one word: "Therapies" and "therapy" give "therapy". */
    public static String fold(String word) {
        StringBuilder sb = new StringBuilder(word.length() + 4);
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            String greek = GREEK.get(c);
            sb.append(greek != null ? greek : String.valueOf(c));
        }
        String s = MARKS.matcher(Normalizer.normalize(sb, Normalizer.Form.NFD)).replaceAll("");
        s = BRITISH_OUR.matcher(s).replaceAll("or");
        return singular(s);
    }

    /**
     * The case-sensitive key of an abbreviation-like word: its exact spelling, less a plural
     * "s" ("MSCs" to "MSC", "SSRIs" to "SSRI"), so that "TMS" never matches "tms" or "Tms".
     */
    public static String exact(String word) {
        int n = word.length();
        if (n > 2 && word.charAt(n - 1) == 's' && Character.isUpperCase(word.charAt(n - 2))) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /**
     * Whether a word is written like an abbreviation and so must match case-sensitively: two or
     * more capitals ("TMS", "BoNT", "HT2A"), a capital after the first letter ("rTMS", "mTOR"),
     * or a lone capital ("A" in "GABA-A", so that "GABA, a transmitter" is not the receptor).
     */
    public static boolean isAbbreviationLike(String word) {
        if (word.length() == 1) {
            return Character.isUpperCase(word.charAt(0));
        }
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                capitals++;
                if (i > 0 && Character.isLowerCase(word.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return capitals >= 2;
    }

    private static String singular(String s) {
        int n = s.length();
        if (n > 4 && s.endsWith("ies")) {
            return s.substring(0, n - 3) + "y";
        }
        if (n > 4 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            return s.substring(0, n - 2);
        }
        if (n > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
