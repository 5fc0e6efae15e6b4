package io.litstream.extract.arms;

import io.litstream.topics.extraction.TrialArm;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an arm is in its trial, from its words: a comparator when it names a control condition
 * (placebo, sham, waitlist, usual or standard care, treatment as usual, no treatment, vehicle,
 * saline, a control group), else an intervention when it maps to a therapy or has a word that is
 * not a generic arm word ("group B", "both arms", "the active treatment" stay unknown).
 */
public final class ArmRoles {
    private static final Pattern COMPARATOR = Pattern.compile("\\b(placebos?|sham|wait(ing)?[- ]?lists?"
            + "|usual care|standard (of )?care|care as usual|treatment as usual|tau|controls?|no treatment"
            + "|no intervention|vehicle|saline|dummy|inactive)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words that say an arm exists but not what it received. */
    private static final Set<String> GENERIC = Set.of("group", "groups", "arm", "arms", "a", "b", "c", "d", "i",
            "ii", "iii", "1", "2", "3", "4", "both", "two", "three", "the", "each", "all", "active", "experimental",
            "treatment", "treatments", "intervention", "interventions", "therapy", "therapies", "condition",
            "conditions", "study", "trial", "drug", "drugs", "medication", "medications", "regimen", "regimens",
            "patients", "participants", "subjects", "first", "second", "other", "same", "this", "these", "those",
            "and", "or", "of", "in", "with", "to", "for");

    private ArmRoles() {
    }

    /** @param mapsToTherapy whether the arm names a therapy the lexicon or the name finder knows */
    public static TrialArm.Role of(String arm, boolean mapsToTherapy) {
        String lower = arm.toLowerCase(Locale.ROOT);
        if (COMPARATOR.matcher(lower).find()) {
            return TrialArm.Role.COMPARATOR;
        }
        if (mapsToTherapy) {
            return TrialArm.Role.INTERVENTION;
        }
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            if (!GENERIC.contains(w.group())) {
                return TrialArm.Role.INTERVENTION;
            }
        }
        return TrialArm.Role.UNKNOWN;
    }
}
