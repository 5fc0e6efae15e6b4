package io.litstream.topics.extraction;

/** What the intervention of a claim was compared with. */
public enum ComparatorKind {
    PLACEBO,
    SHAM,
    WAITLIST,
    /** Usual care, treatment as usual, standard care, a control group given no treatment. */
    USUAL_CARE,
    /** Another treatment. */
    ACTIVE,
    /** The same patients before treatment ("from baseline"). */
    BASELINE
}
