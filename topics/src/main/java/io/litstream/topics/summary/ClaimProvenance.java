package io.litstream.topics.summary;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import java.time.Instant;

/** A claim in a therapy summary, with where it was read. */
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
        Instant extractedAt) {
}
