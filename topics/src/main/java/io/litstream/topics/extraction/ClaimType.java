package io.litstream.topics.extraction;

/** What a claim is about. */
public enum ClaimType {
    /** The therapy improves (or fails to improve) depression or a related outcome. */
    EFFICACY,
    /** Tolerability, adverse effects, risks. */
    SAFETY,
    /** How the therapy acts: a receptor, pathway, biomarker. */
    MECHANISM,
    /** Approval, clearance or a regulator's decision. */
    REGULATORY
}
