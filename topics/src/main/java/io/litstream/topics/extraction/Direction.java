package io.litstream.topics.extraction;

/**
 * How the intervention fared against its comparator on the claim's outcome, from the patient's
 * side: a lower depression score is better, more adverse events worse.
 */
public enum Direction {
    BETTER,
    WORSE,
    NO_DIFFERENCE
}
