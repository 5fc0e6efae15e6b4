package io.litstream.topics.extraction;

/**
 * A trial arm named in an article: a span the intervention tagger marked as what a group of the
 * trial received.
 *
 * @param text    the span as written
 * @param role    whether it is what was tested or what it was compared with
 * @param therapy the canonical therapy id the arm maps to ({@code intranasal esketamine 56 mg} →
 *                {@code esketamine}), or null when it maps to none
 * @param start   offset of the span's first character in the article text
 * @param end     offset just past its last character
 */
public record TrialArm(String text, Role role, String therapy, int start, int end) {
    /** What an arm is in its trial. */
    public enum Role {
        /** What the trial tests. */
        INTERVENTION,
        /** What it is compared with: placebo, sham, waitlist, usual care, a control group. */
        COMPARATOR,
        /** Neither can be told from the words of the arm. */
        UNKNOWN
    }

    public TrialArm {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("0 <= start <= end: " + start + ", " + end);
        }
    }
}
