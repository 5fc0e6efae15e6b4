package io.litstream.tools.eval.claims;

import io.litstream.extract.claims.ComparatorReader;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ComparatorKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a claim's comparator is the one a prompt written by a person names ("placebo",
 * "identical amounts of gelatin infusion"): of the same inactive kind (placebo, sham, waitlist,
 * usual care, baseline), or sharing a content word with it. Loose on purpose, as
 * {@link TherapyMatch}: the wording of a comparator differs from prompt to sentence.
 */
final class ComparatorMatch {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words every arm may carry, which say nothing of which arm it is. */
    private static final Set<String> GENERIC = Set.of("group", "groups", "patients", "participants", "subjects",
            "treatment", "treated", "therapy", "receiving", "received", "given", "with", "without", "alone", "only",
            "standard", "those", "dose", "doses", "daily", "each", "same", "arm", "arms", "women", "children");
    private static final int MIN_WORD = 4;

    private ComparatorMatch() {
    }

    static boolean matches(Claim claim, String promptComparator) {
        if (claim.comparator() == null || promptComparator == null || promptComparator.isBlank()) {
            return false;
        }
        ComparatorKind wanted = ComparatorReader.kindOf(promptComparator);
        if (wanted != ComparatorKind.ACTIVE && wanted == claim.comparatorKind()) {
            return true;
        }
        Set<String> ours = new HashSet<>(Arrays.asList(words(claim.comparator())));
        for (String w : words(promptComparator)) {
            if (w.length() >= MIN_WORD && !GENERIC.contains(w) && ours.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String s) {
        return NON_WORD.split(s.toLowerCase(Locale.ROOT).strip());
    }
}
