package io.litstream.topics.summary;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import java.time.Instant;

/**
 * A claim in a therapy summary, with where it was read.
 *
 * <p>The last six components carry the trial structure of the claim (see
 * {@link io.litstream.topics.extraction.Claim}); each is null when the sentence does not say, and
 * in records written before they existed.
 *
 * @param outcomeMeasure     the normalised outcome measure the finding was measured on
 * @param outcome            the outcome as the sentence writes it
 * @param direction          how the intervention fared against the comparator, from the patient's side
 * @param comparatorKind     the kind of comparator
 * @param comparator         the comparator as written
 * @param significanceStated whether the sentence states significance (in words or numbers)
 */
public record ClaimProvenance(
        String articleId,
        String title,
        String source,
        String url,
        ClaimType type,
        Polarity polarity,
        EvidenceLevel evidence,
        boolean hedged,
        String sentence,
        Instant extractedAt,
        OutcomeMeasure outcomeMeasure,
        String outcome,
        Direction direction,
        ComparatorKind comparatorKind,
        String comparator,
        Boolean significanceStated) {

    /** A claim without the trial structure, as written before it existed. */
    public ClaimProvenance(String articleId, String title, String source, String url, ClaimType type,
                           Polarity polarity, EvidenceLevel evidence, boolean hedged, String sentence,
                           Instant extractedAt) {
        this(articleId, title, source, url, type, polarity, evidence, hedged, sentence, extractedAt,
                null, null, null, null, null, null);
    }
}
