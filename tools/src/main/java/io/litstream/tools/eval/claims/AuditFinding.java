package io.litstream.tools.eval.claims;

/**
 * One hand-labelled finding of the audit set: the analyst's claim about one intervention and
 * outcome in one sentence (the audit README's labelling guide defines every field).
 *
 * @param where the labelled sentence
 */
record AuditFinding(LabelledSentence where, String therapy, String intervention, String comparator, String outcome,
                    String measure, String direction, String type, String polarity, boolean hedged, boolean main) {
}
