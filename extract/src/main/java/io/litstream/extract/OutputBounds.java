package io.litstream.extract;

import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.FoundEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Caps what one article can contribute, so that every extraction fits in a Kafka record whatever
 * the input. Without a bound, a huge page with thousands of finding sentences would make an
 * extraction larger than the topic accepts; under exactly_once_v2 the failed send aborts the
 * transaction and the same article would be retried forever.
 *
 * <p>With the defaults an extraction stays below about 700 KB: at most 400 claims of at most
 * 1,200 characters each, at most 25 claims per therapy (so one therapy cannot crowd out the
 * others), and at most 20 surface forms per entity.
 */
public record OutputBounds(int maxClaims, int maxClaimsPerTherapy, int maxSentenceChars, int maxMentions) {
    public static final OutputBounds DEFAULT = new OutputBounds(400, 25, 1200, 20);

    /** Claims in document order, at most {@link #maxClaimsPerTherapy()} per therapy and {@link #maxClaims()} in all. */
    public List<Claim> claims(List<Claim> claims) {
        Map<String, Integer> perTherapy = new HashMap<>();
        List<Claim> kept = new ArrayList<>();
        for (Claim c : claims) {
            if (kept.size() == maxClaims) {
                break;
            }
            if (perTherapy.merge(c.therapy(), 1, Integer::sum) > maxClaimsPerTherapy) {
                continue;
            }
            kept.add(c.sentence() != null && c.sentence().length() > maxSentenceChars
                    ? new Claim(c.therapy(), c.therapyName(), c.type(), c.polarity(), c.hedged(), c.evidence(),
                            c.sentence().substring(0, maxSentenceChars - 1) + "…", c.mechanisms(), c.sentenceIndex())
                    : c);
        }
        return kept;
    }

    /** Entities with at most {@link #maxMentions()} surface forms each, the first seen kept. */
    public List<FoundEntity> entities(List<FoundEntity> entities) {
        return entities.stream()
                .map(e -> e.mentions().size() <= maxMentions ? e
                        : new FoundEntity(e.id(), e.name(), e.category(), e.mentions().subList(0, maxMentions),
                                e.parents(), e.ids()))
                .toList();
    }
}
