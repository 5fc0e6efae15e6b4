package io.litstream.topics.extraction;

/** The design of the study an article reports, or what kind of article it is. */
public enum StudyDesign {
    RANDOMISED_CONTROLLED(EvidenceLevel.CLINICAL),
    CROSSOVER(EvidenceLevel.CLINICAL),
    OPEN_LABEL(EvidenceLevel.CLINICAL),
    NON_RANDOMISED(EvidenceLevel.CLINICAL),
    META_ANALYSIS(EvidenceLevel.REVIEW),
    SYSTEMATIC_REVIEW(EvidenceLevel.REVIEW),
    NARRATIVE_REVIEW(EvidenceLevel.REVIEW),
    COHORT(EvidenceLevel.CLINICAL),
    CASE_SERIES(EvidenceLevel.CLINICAL),
    CASE_REPORT(EvidenceLevel.CLINICAL),
    ANIMAL(EvidenceLevel.PRECLINICAL),
    IN_VITRO(EvidenceLevel.PRECLINICAL),
    UNKNOWN(EvidenceLevel.UNSPECIFIED);

    private final EvidenceLevel evidence;

    StudyDesign(EvidenceLevel evidence) {
        this.evidence = evidence;
    }

    /**
     * Whether the study assigned its participants to arms at random (a parallel-group randomised
     * controlled trial or a randomised crossover): what the summaries count as a randomised trial.
     */
    public boolean randomised() {
        return this == RANDOMISED_CONTROLLED || this == CROSSOVER;
    }

    /** The evidence level a study of this design is: what keeps an article's design and its findings' level one. */
    public EvidenceLevel evidence() {
        return evidence;
    }
}
