package io.litstream.extract.claims;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.Outcome;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StatedSignificance;
import io.litstream.topics.extraction.TrialArm;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The trial structure of one claim: the intervention as written (the arm that holds the therapy,
 * else the words that named it), what it was compared with (in the sentence, else the article's
 * comparator arm), the outcome, the direction from the patient's side and what is stated of
 * significance. An efficacy or safety finding's polarity follows from its direction when the
 * direction was read from the outcome's movement; a regulatory claim has no direction (approval
 * is a fact about the therapy, not a result against a comparator). Stateless and thread-safe.
 */
final class ClaimStructure {
    /** What a claim gains, and the polarity it ends with. */
    record Read(String intervention, String comparator, ComparatorKind comparatorKind, Outcome outcome,
                Direction direction, StatedSignificance significance, Polarity polarity) {
    }

    private static final Pattern TRIM = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

    private final OutcomeReader outcomes = new OutcomeReader();
    private final ComparatorReader comparators = new ComparatorReader();

    /**
     * What a sentence states whatever therapy a claim on it is about: read once per sentence, not
     * once per therapy and claim type.
     */
    record SentenceFacts(String lower, StatedSignificance significance, Optional<ComparatorReader.Read> comparator,
                         Outcome outcome) {
    }

    SentenceFacts facts(String sentence) {
        return new SentenceFacts(sentence.toLowerCase(Locale.ROOT), SignificanceReader.read(sentence),
                comparators.read(sentence), outcomes.read(sentence).orElse(null));
    }

    /**
     * @param facts     what the claim's sentence (or clause) states, from {@link #facts}
     * @param therapyId the claim's therapy
     * @param surface   the words that named it
     * @param arms      the article's trial arms
     */
    Read read(SentenceFacts facts, String therapyId, String surface, ClaimType type, Polarity polarity,
              List<TrialArm> arms) {
        String intervention = intervention(therapyId, surface, arms);
        StatedSignificance significance = facts.significance();
        if (type == ClaimType.REGULATORY) {
            return new Read(intervention, null, null, null, null, significance, polarity);
        }
        Optional<ComparatorReader.Read> named = facts.comparator()
                .filter(c -> !sameAs(c.text(), surface, intervention));
        ComparatorReader.Read comparator = named.orElseGet(() -> armComparator(therapyId, arms));
        Outcome outcome = facts.outcome();
        if (type == ClaimType.MECHANISM) {
            return new Read(intervention, comparator == null ? null : comparator.text(),
                    comparator == null ? null : comparator.kind(), outcome, null, significance, polarity);
        }
        Optional<DirectionReader.Read> direction = DirectionReader.read(facts.lower(), polarity, outcome,
                significance.significant());
        Polarity followed = direction.map(d -> followed(type, polarity, d)).orElse(polarity);
        return new Read(intervention, comparator == null ? null : comparator.text(),
                comparator == null ? null : comparator.kind(), outcome,
                direction.map(DirectionReader.Read::direction).orElse(null), significance, followed);
    }

    /**
     * A finding's polarity from its direction (issue 20, item 3): no difference is no effect, and
     * for a safety finding the absence of a difference in harm speaks for the therapy; a direction
     * read from the outcome's movement sets support or refutation. A direction read from the cue
     * words' polarity itself changes nothing.
     */
    private static Polarity followed(ClaimType type, Polarity polarity, DirectionReader.Read read) {
        if (read.direction() == Direction.NO_DIFFERENCE) {
            return type == ClaimType.SAFETY ? Polarity.SUPPORTS : Polarity.NO_EFFECT;
        }
        if (read.fromMovement() && (polarity == Polarity.SUPPORTS || polarity == Polarity.REFUTES)) {
            return read.direction() == Direction.BETTER ? Polarity.SUPPORTS : Polarity.REFUTES;
        }
        return polarity;
    }

    /**
     * The intervention arm that holds the therapy, the longest where it is named several times
     * (the methods' "intranasal esketamine 56 mg" over the results' "esketamine"), else the words
     * that named it.
     */
    private static String intervention(String therapyId, String surface, List<TrialArm> arms) {
        String longest = null;
        for (TrialArm a : arms) {
            if (therapyId.equals(a.therapy()) && a.role() != TrialArm.Role.COMPARATOR) {
                longest = longer(longest, armText(a));
            }
        }
        return longest != null ? longest : surface;
    }

    /** The article's comparator arm (the longest), else an arm of another therapy (an active comparator). */
    private static ComparatorReader.Read armComparator(String therapyId, List<TrialArm> arms) {
        String comparator = null;
        String other = null;
        for (TrialArm a : arms) {
            if (a.role() == TrialArm.Role.COMPARATOR) {
                comparator = longer(comparator, armText(a));
            } else if (other == null && a.therapy() != null && !a.therapy().equals(therapyId)) {
                other = armText(a);
            }
        }
        if (comparator != null) {
            return new ComparatorReader.Read(comparator, ComparatorReader.kindOf(comparator));
        }
        return other == null ? null : new ComparatorReader.Read(other, ComparatorKind.ACTIVE);
    }

    /** An arm's words without the punctuation the tagger's span may carry at its ends ("placebo-", ": Esketamine"). */
    private static String armText(TrialArm a) {
        return TRIM.matcher(a.text()).replaceAll("");
    }

    private static String longer(String a, String b) {
        return a == null || b.length() > a.length() ? b : a;
    }

    /** A "comparator" that is the intervention itself ("X versus X plus Y" aside) is none. */
    private static boolean sameAs(String comparator, String surface, String intervention) {
        String c = comparator.toLowerCase(Locale.ROOT);
        return surface != null && c.equals(surface.toLowerCase(Locale.ROOT))
                || intervention != null && c.equals(intervention.toLowerCase(Locale.ROOT));
    }
}
