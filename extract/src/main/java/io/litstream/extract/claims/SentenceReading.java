package io.litstream.extract.claims;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import java.util.Collections;
import java.util.EnumMap;
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
        // In the enum's order, not Map.copyOf's, which changes from one JVM to the next: the claims of
        // a sentence come out in this order, and the claim cap keeps the first ones, so a re-extraction
        // (reprocess, a restarted stage) must see the same order to give the same extraction.
        types = types.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(types));
    }

    /** At least one type points a way (supports, refutes, no effect): enough to attribute without a name. */
    public boolean directional() {
        return types.values().stream().anyMatch(p -> p != Polarity.NEUTRAL);
    }
}
