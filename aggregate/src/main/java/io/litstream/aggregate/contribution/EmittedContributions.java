package io.litstream.aggregate.contribution;

import java.util.Map;

/**
 * What an article last contributed: the therapies the splitter must retract when the article
 * changes or disappears, each with a fingerprint of the contribution sent, so that an unchanged
 * contribution is not sent again.
 *
 * @param fingerprints therapy id → SHA-256 (hex) of the contribution last emitted for it
 */
public record EmittedContributions(Map<String, String> fingerprints) {
    public EmittedContributions {
        fingerprints = fingerprints == null ? Map.of() : Map.copyOf(fingerprints);
    }
}
