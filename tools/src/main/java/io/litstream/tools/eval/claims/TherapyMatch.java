package io.litstream.tools.eval.claims;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.FoundEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a claim's therapy is the one a phrase written by a person names ("Lutein
 * supplementation", "dual release ciprofloxacin for inhalation"): its canonical name, its id read
 * as words, or one of the surface forms the article used for it occurs in the phrase as whole
 * words (or the phrase, when short, in them). Loose on purpose: a scorer that demanded the exact
 * wording would count wording, not attribution.
 */
final class TherapyMatch {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TherapyMatch() {
    }

    /** The names a claim's therapy goes by in this article. */
    static List<String> namesOf(Claim claim, ArticleExtraction article) {
        List<String> names = new ArrayList<>();
        names.add(claim.therapyName());
        names.add(claim.therapy().replace('-', ' '));
        for (FoundEntity t : article.therapies()) {
            if (t.id().equals(claim.therapy())) {
                names.addAll(t.mentions());
            }
        }
        return names;
    }

    static boolean matches(List<String> names, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return false;
        }
        String p = words(phrase);
        for (String name : names) {
            String n = words(name);
            if (n.length() >= 2 && (contains(p, n) || contains(n, p))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String haystack, String needle) {
        return needle.length() >= 2 && (" " + haystack + " ").contains(" " + needle + " ");
    }

    private static String words(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
