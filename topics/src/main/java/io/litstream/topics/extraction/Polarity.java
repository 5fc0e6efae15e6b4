package io.litstream.topics.extraction;

/** Which way a claim points for the therapy. */
public enum Polarity {
    /** The finding favours the therapy. */
    SUPPORTS,
    /** It counts against it: harm, worse than control. */
    REFUTES,
    /** No significant difference was found. */
    NO_EFFECT,
    /** No direction stated. */
    NEUTRAL
}
