package io.litstream.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A rule tokenizer in the style of the Penn Treebank, in place of OpenNLP's {@code TokenizerME}
 * on the per-record path: the maximum-entropy tokenizer cost a quarter of all extraction time,
 * while its tokens feed only the POS tagger's verb and modifier checks and the token count.
 * Splits at white space, then peels opening brackets and quotes off the front, closing
 * punctuation off the back (a final period only when the word is no abbreviation, a closing
 * bracket only when it closes nothing inside the word: "GABA(A)" stays whole), and clitics
 * ("do|n't", "they|'re"). Inner hyphens, slashes, dots and commas stay ("5-HT2A", "0.05",
 * "N,N-dimethyltryptamine"). Stateless and thread-safe.
 */
public final class RuleTokenizer {
    private static final String OPENING = "\"'“‘([{<";
    private static final String CLOSING = ".,;:!?\"'”’)]}>…%";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "prof", "vs", "al", "etc", "fig", "figs", "no", "approx", "ca", "inc", "ltd",
            "co", "jr", "sr", "st", "eq", "ref", "vol", "pp", "min", "max", "wk", "wks", "mo", "yr", "yrs");
    /** Possessive "'s" stays on its word, as OpenNLP's English tokenizer leaves it. */
    private static final String[] CLITICS = {"n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d",
        "'m", "’m"};

    private RuleTokenizer() {
    }

    /** Token spans of {@code text}, a sentence: the period of its last word is punctuation even after an abbreviation. */
    public static Span[] tokenizePos(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                word(text, start, i, i >= n || text.substring(i).isBlank(), out);
            }
        }
        return out.toArray(Span[]::new);
    }

    private static void word(String text, int start, int end, boolean last, List<Span> out) {
        int from = start;
        while (from < end - 1 && OPENING.indexOf(text.charAt(from)) >= 0) {
            out.add(new Span(from, from + 1));
            from++;
        }
        List<Span> tail = new ArrayList<>();
        int to = end;
        while (to > from + 1 && CLOSING.indexOf(text.charAt(to - 1)) >= 0 && peels(text, from, to, last)) {
            tail.add(0, new Span(to - 1, to));
            to--;
        }
        String body = text.substring(from, to);
        String lower = body.toLowerCase(Locale.ROOT);
        for (String clitic : CLITICS) {
            if (lower.length() > clitic.length() && lower.endsWith(clitic)) {
                int split = to - clitic.length();
                out.add(new Span(from, split));
                from = split;
                break;
            }
        }
        out.add(new Span(from, to));
        out.addAll(tail);
    }

    /** Whether the last character of {@code text[from, to)} is punctuation of its own. */
    private static boolean peels(String text, int from, int to, boolean last) {
        char c = text.charAt(to - 1);
        String body = text.substring(from, to - 1);
        if (c == '.') {
            boolean abbreviation = body.indexOf('.') >= 0 || ABBREVIATIONS.contains(body.toLowerCase(Locale.ROOT))
                    || body.length() == 1 && Character.isLetter(body.charAt(0));
            return last || !abbreviation;
        }
        if (c == ')' || c == ']' || c == '}') {
            char open = c == ')' ? '(' : c == ']' ? '[' : '{';
            return count(body, open) <= count(body, c);
        }
        return true;
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
