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
        int sentenceIndex) {
    public Claim {
        mechanisms = mechanisms == null ? List.of() : List.copyOf(mechanisms);
    }
}
