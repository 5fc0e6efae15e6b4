package io.litstream.tools.eval.claims;

import java.util.Locale;
import java.util.Optional;

/**
 * One expert's evidence for one Evidence Inference prompt: where in the article it is, and what
 * the expert concluded about the intervention against the comparator on the prompt's outcome
 * (all three as the prompt writes them).
 */
record EvidenceSpan(int promptId, String pmc, Span span, Label label, String intervention, String comparator,
                    String outcome) {
    /** The v2 annotation labels. */
    enum Label {
        INCREASED, DECREASED, NO_DIFFERENCE;

        /** Empty for labels that say nothing about the effect (invalid rows). */
        static Optional<Label> parse(String label) {
            String l = label.strip().toLowerCase(Locale.ROOT);
            if (l.equals("no significant difference")) {
                return Optional.of(NO_DIFFERENCE);
            }
            if (l.startsWith("significantly increase")) {
                return Optional.of(INCREASED);
            }
            if (l.startsWith("significantly decrease")) {
                return Optional.of(DECREASED);
            }
            return Optional.empty();
        }
    }
}
