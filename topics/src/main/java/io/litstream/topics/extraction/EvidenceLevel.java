package io.litstream.topics.extraction;

/** Where the evidence behind a claim comes from, strongest kinds first in {@link #rank()}. */
public enum EvidenceLevel {
    PRECLINICAL(1),
    CLINICAL(3),
    REVIEW(3),
    REGULATORY(4),
    UNSPECIFIED(0);

    private final int rank;

    EvidenceLevel(int rank) {
        this.rank = rank;
    }

    /** A coarse strength order: regulatory above clinical and review, above preclinical, above unspecified. */
    public int rank() {
        return rank;
    }
}
