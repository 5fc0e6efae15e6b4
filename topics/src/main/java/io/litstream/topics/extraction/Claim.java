package io.litstream.topics.extraction;

import java.util.List;

/**
 * One finding about a therapy, with the sentence it came from.
 *
 * @param therapy       canonical therapy id
 * @param therapyName   canonical therapy name
 * @param type          what the claim is about
 * @param polarity      which way it points
 * @param hedged        the sentence signals uncertainty (may, could, promising, appear to ...)
 * @param evidence      the kind of evidence behind it
 * @param sentence      the sentence, as it stands in the cleaned text
 * @param mechanisms    canonical ids of mechanisms the sentence links to the therapy
 * @param sentenceIndex position of the sentence in the article (0-based)
 * @param intervention  the intervention arm as written ("intranasal esketamine 56 mg"), when known
 * @param comparator    what it was compared with, as written ("placebo nasal spray"), when known
 * @param comparatorKind the kind of that comparator, when known
 * @param outcome       what the finding was measured on, when the sentence says
 * @param direction     how the intervention fared against the comparator, from the patient's side,
 *                      when the sentence says
 * @param significance  what the sentence says of significance; null in records written before it existed
 *
 * <p>The last six were added after the first records were written: each is null in those, and
 * whenever the sentence does not say.
 */
public record Claim(
        String therapy,
        String therapyName,
        ClaimType type,
        Polarity polarity,
        boolean hedged,
        EvidenceLevel evidence,
        String sentence,
        List<String> mechanisms,
        int sentenceIndex,
        String intervention,
        String comparator,
        ComparatorKind comparatorKind,
        Outcome outcome,
        Direction direction,
        StatedSignificance significance) {
    public Claim {
        mechanisms = mechanisms == null ? List.of() : List.copyOf(mechanisms);
    }

    /** A claim without the trial structure (intervention, comparator, outcome, direction, significance). */
    public Claim(String therapy, String therapyName, ClaimType type, Polarity polarity, boolean hedged,
                 EvidenceLevel evidence, String sentence, List<String> mechanisms, int sentenceIndex) {
        this(therapy, therapyName, type, polarity, hedged, evidence, sentence, mechanisms, sentenceIndex,
                null, null, null, null, null, null);
    }
}
