package io.litstream.extract.claims;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import java.util.Map;

/**
 * What the cue rules read in one sentence.
 *
 * @param types   the claim types the sentence supports, each with its polarity
 * @param hedged  the sentence signals uncertainty
 * @param finding false for sentences that state no finding (aims, questions, calls for research)
 */
public record SentenceReading(Map<ClaimType, Polarity> types, boolean hedged, boolean finding) {
    /** What a text that is no sentence (a table, a run-on page dump) says: nothing. */
    public static final SentenceReading NONE = new SentenceReading(Map.of(), false, false);

    public SentenceReading {
        types = Map.copyOf(types);
    }

    /** At least one type points a way (supports, refutes, no effect): enough to attribute without a name. */
    public boolean directional() {
        return types.values().stream().anyMatch(p -> p != Polarity.NEUTRAL);
    }
}
