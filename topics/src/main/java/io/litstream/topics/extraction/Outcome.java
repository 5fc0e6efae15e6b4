package io.litstream.topics.extraction;

/**
 * What a claim's finding was measured on.
 *
 * @param text    the outcome as the sentence writes it ("MADRS total score", "adverse events")
 * @param measure its normalised id, {@link OutcomeMeasure#OTHER} for any other outcome
 */
public record Outcome(String text, OutcomeMeasure measure) {
}
