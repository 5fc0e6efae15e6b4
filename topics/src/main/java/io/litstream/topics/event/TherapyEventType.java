package io.litstream.topics.event;

/** What changed in a therapy's evidence. */
public enum TherapyEventType {
    /** The first live article mentioning the therapy arrived. */
    NEW_THERAPY,
    /** The strongest evidence level behind the therapy went up (e.g. PRECLINICAL to CLINICAL). */
    EVIDENCE_LEVEL_RAISED,
    /** An article linked a mechanism to the therapy that no live article linked before. */
    MECHANISM_LINKED,
    /** The first live article refuting the therapy. */
    FIRST_REFUTING_FINDING,
    /** The first live article that found no effect. */
    FIRST_NO_EFFECT_FINDING,
    /**
     * The therapy has a live randomised-trial finding (of any direction) and had none before: the
     * first randomised controlled or crossover trial comparing it with something other than baseline.
     */
    FIRST_RCT_FINDING,
    /** The therapy has a live randomised trial that found no difference and had none before. */
    FIRST_NO_DIFFERENCE_RCT,
    /** The score went from below the threshold to at or above it, or back. */
    SCORE_CROSSED_THRESHOLD,
    /** An article that mentioned the therapy was retracted (or deleted). */
    ARTICLE_RETRACTED
}
