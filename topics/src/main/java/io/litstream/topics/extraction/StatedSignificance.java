package io.litstream.topics.extraction;

/**
 * What a claim's sentence says of statistical significance.
 *
 * @param stated             the sentence states significance, in words ("significantly",
 *                           "no significant difference") or numbers
 * @param significant        whether it says the result is significant; null when not stated
 * @param pValue             the p-value as written ("p = 0.02", "P<.001"), when stated
 * @param confidenceInterval the confidence interval as written ("95% CI 1.2 to 3.4"), when stated
 * @param effectSize         the effect size as written ("d = 0.45", "OR 2.1"), when stated
 */
public record StatedSignificance(boolean stated, Boolean significant, String pValue, String confidenceInterval,
                                 String effectSize) {
}
