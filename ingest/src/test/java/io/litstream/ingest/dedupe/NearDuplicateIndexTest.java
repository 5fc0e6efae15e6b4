package io.litstream.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private final MinHasher hasher = new MinHasher();
    private final MinHashSignature release = hasher.signature(Texts.PRESS_RELEASE).orElseThrow();
    private final MinHashSignature trial = hasher.signature(Texts.ESKETAMINE_TRIAL).orElseThrow();
    private final MinHashSignature review = hasher.signature(Texts.ESKETAMINE_REVIEW).orElseThrow();

    @Test
    void findsTheIndexedCopyButNotTheArticleItself() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("a", release);
        assertEquals("a", index.find(release, "b").orElseThrow().articleId());
        assertTrue(index.find(release, "a").isEmpty());
    }

    @Test
    void findsNothingBelowTheThreshold() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("trial", trial);
        assertTrue(index.find(review, "review").isEmpty());
    }

    @Test
    void theOldestSignaturesLeaveAFullWindow() {
        NearDuplicateIndex index = new NearDuplicateIndex(2, 0.5);
        assertEquals(List.of(), index.add("release", release));
        assertEquals(List.of(), index.add("trial", trial));
        assertEquals(List.of("release"), index.add("review", review));
        assertEquals(2, index.size());
        assertTrue(index.find(release, "x").isEmpty());
    }
}
