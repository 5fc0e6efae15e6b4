package io.litstream.extract.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of one document, for document-level features: a trial's interventions are
 * named in its title and repeated through the abstract, so a word that is in the title or comes
 * back three times is more likely part of one. Words shorter than three characters and
 * {@link #isFunctionWord function words} are left out.
 *
 * @param title  content words of the first sentence (the title), lower case
 * @param counts how often each content word occurs in the document, lower case
 */
public record DocumentWords(Set<String> title, Map<String, Integer> counts) {
    static final int FREQUENT = 3;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "or", "with", "in",
            "to", "for", "on", "at", "by", "was", "were", "is", "are", "be", "been", "this", "that", "these",
            "than", "from", "as", "not", "no", "after", "before", "between", "during");

    public DocumentWords {
        title = Set.copyOf(title);
        counts = Map.copyOf(counts);
    }

    /** @param sentences the document's sentences as tokens, the title first */
    public static DocumentWords of(List<String[]> sentences) {
        Set<String> title = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (String token : sentences.get(s)) {
                String w = token.toLowerCase(Locale.ROOT);
                if (w.length() < 3 || isFunctionWord(w)) {
                    continue;
                }
                if (s == 0) {
                    title.add(w);
                }
                counts.merge(w, 1, Integer::sum);
            }
        }
        return new DocumentWords(title, counts);
    }

    public boolean inTitle(String word) {
        return title.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean frequent(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0) >= FREQUENT;
    }

    static boolean isFunctionWord(String lowerCase) {
        return FUNCTION_WORDS.contains(lowerCase);
    }
}
