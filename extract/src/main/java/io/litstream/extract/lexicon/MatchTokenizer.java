package io.litstream.extract.lexicon;

import io.litstream.extract.nlp.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into {@link MatchToken}s; used for lexicon synonyms and for sentences alike. */
public final class MatchTokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String HYPHENS = "-\u2010\u2011";
    /** Punctuation that ends a phrase when spaced ("x, y", "(x) y"); unspaced it joins ("N,N", "GABA(A)"). */
    private static final Pattern SPACED_BREAK = Pattern.compile("(?=.*\\s)(?=.*[,()\\[\\]{}\"“”]).*|.*[;:!?|•].*");

    private MatchTokenizer() {
    }

    public static List<MatchToken> tokenize(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        List<MatchToken> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            boolean hyphen = i + 1 < spans.size() && spans.get(i + 1)[0] == s[1] + 1
                    && HYPHENS.indexOf(text.charAt(s[1])) >= 0;
            String word = text.substring(s[0], s[1]);
            boolean breakBefore = i > 0 && SPACED_BREAK.matcher(text.substring(spans.get(i - 1)[1], s[0])).matches();
            out.add(new MatchToken(word, s[0], s[1], TextNormalizer.fold(word), TextNormalizer.exact(word), hyphen,
                    breakBefore));
        }
        return out;
    }
}
