package io.litstream.ingest.dedupe;

import java.util.Objects;

/**
 * A link from an article that is not published to the first copy that was.
 *
 * @param firstId    id of the article published first
 * @param kind       what the two have in common
 * @param similarity estimated Jaccard similarity for {@link DuplicateKind#NEAR}, 1 for exact kinds
 */
public record Duplicate(String firstId, DuplicateKind kind, double similarity) {
    public Duplicate {
        Objects.requireNonNull(firstId, "firstId");
        Objects.requireNonNull(kind, "kind");
    }
}
