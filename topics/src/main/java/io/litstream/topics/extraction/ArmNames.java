package io.litstream.topics.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an arm, as two articles about the same treatment would both write it: lower case,
 * without accents or a plural ending, without doses, units, numbers, schedules, routes and generic
 * arm words ("intranasal esketamine 56 mg twice weekly" and "Esketamine" both name
 * {@code esketamine}; "group B", "control group", "placebo" and "usual care" name nothing). The
 * name is what an unmapped arm is counted under: {@link #idOf} makes it the therapy id
 * {@code arm:<name>} that extract's claims about the arm carry and the aggregate counts the arm
 * under (and {@code tools.eval.extraction.UnmappedArms} measures), so all three mean one thing.
 */
public final class ArmNames {
    /** The id prefix of a therapy read from an unmapped arm. Lexicon ids never hold a colon. */
    public static final String ID_PREFIX = "arm:";

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}']*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words that say how, how much or to whom, not what. */
    private static final Set<String> DROPPED = Set.of("mg", "g", "kg", "ml", "mcg", "ug", "iu", "h", "hr", "hrs",
            "min", "minute", "minutes", "hour", "hours", "session", "sessions", "day", "days", "daily", "week", "weeks", "weekly", "month", "months", "once", "twice", "times", "dose",
            "doses", "dosed", "low", "high", "single", "oral", "orally", "intravenous", "iv", "intranasal", "nasal",
            "spray", "tablet", "tablets", "capsule", "capsules", "injection", "injections", "per", "plus", "alone",
            "a", "an", "the", "of", "and", "or", "with", "in", "to", "for", "by", "on", "at", "who", "were",
            "group", "groups", "arm", "arms", "both", "each", "all", "active", "experimental", "patients",
            "participants", "subjects", "treatment", "treatments", "therapy", "intervention", "interventions",
            "study", "trial", "condition", "conditions", "regimen", "received", "receiving", "given", "as",
            // what an arm is compared with: however the role was read, these never name a therapy
            "control", "controls", "placebo", "placebos", "sham", "waitlist", "waiting", "wait", "list", "usual",
            "standard", "routine", "conventional", "tau", "no", "vehicle", "saline", "matched", "matching", "dummy",
            "controlled", "combination", "combined", "treated", "approach",
            // what the tagger marks in the tables and statistics of a full text (Evidence Inference reports)
            "figure", "table", "supplementary", "version", "spss", "sas", "test");
    /** "care" names nothing after these ("usual care"), but does in "collaborative care". */
    private static final Set<String> GENERIC_CARE = Set.of("usual", "standard", "routine", "conventional", "no");

    private ArmNames() {
    }

    /** The arm's name, or empty when nothing specific is left. */
    public static Optional<String> of(String arm) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(arm.toLowerCase(Locale.ROOT));
        String previous = "";
        while (w.find()) {
            String word = w.group();
            boolean genericCare = word.equals("care") && GENERIC_CARE.contains(previous);
            previous = word;
            String folded = fold(word);
            if (!genericCare && !DROPPED.contains(word) && !DROPPED.contains(folded) && folded.length() > 1) {
                words.add(folded);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** The therapy id of an arm that maps to no known therapy ("LED light boxes" → {@code arm:led-light-box}). */
    public static Optional<String> idOf(String arm) {
        return of(arm).map(name -> ID_PREFIX + name.replace(' ', '-'));
    }

    /** Without accents and a plain plural ending: "boxes" and "box" are one word here. */
    private static String fold(String word) {
        String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        int n = s.length();
        if (n <= 3 || !s.endsWith("s")) {
            return s;
        }
        if (s.endsWith("ies") && n > 4) {
            return s.substring(0, n - 3) + "y";
        }
        if (s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes") || s.endsWith("sses")) {
            return s.substring(0, n - 2);
        }
        return s.endsWith("ss") || s.endsWith("us") || s.endsWith("is") ? s : s.substring(0, n - 1);
    }
}
