package io.litstream.extract.arms;

import io.litstream.extract.nlp.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an arm, as two articles about the same treatment would both write it: its words folded
 * as the lexicon folds them ({@link TextNormalizer#fold}: lower case, accents, plurals), without doses, units, numbers, schedules, routes and generic
 * arm words ("intranasal esketamine 56 mg twice weekly" and "Esketamine" both name
 * {@code esketamine}; "group B" names nothing). Used to count how often an unmapped arm recurs.
 */
public final class ArmNames {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}']*");
    private static final Set<String> DROPPED = Set.of("mg", "g", "kg", "ml", "mcg", "ug", "iu", "h", "hr", "hrs",
            "day", "days", "daily", "week", "weeks", "weekly", "month", "months", "once", "twice", "times", "dose",
            "doses", "dosed", "low", "high", "single", "oral", "orally", "intravenous", "iv", "intranasal", "nasal",
            "spray", "tablet", "tablets", "capsule", "capsules", "injection", "injections", "per", "plus", "alone",
            "a", "an", "the", "of", "and", "or", "with", "in", "to", "for", "by", "on", "at", "who", "were",
            "group", "groups", "arm", "arms", "both", "each", "all", "active", "experimental", "patients",
            "participants", "subjects", "treatment", "treatments", "therapy", "intervention", "interventions",
            "study", "trial", "condition", "regimen", "received", "receiving", "given");

    private ArmNames() {
    }

    /** The arm's name, or empty when nothing specific is left. */
    public static Optional<String> of(String arm) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(arm.toLowerCase(Locale.ROOT));
        while (w.find()) {
            String word = TextNormalizer.fold(w.group());
            if (!DROPPED.contains(word) && !DROPPED.contains(w.group()) && word.length() > 1) {
                words.add(word);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }
}
