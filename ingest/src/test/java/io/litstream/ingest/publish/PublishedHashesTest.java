package io.litstream.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublishedHashesTest {
    private final PublishedHashes hashes = new PublishedHashes();

    @Test
    void sameContentUnderTheSameIdIsClaimedOnce() {
        assertTrue(hashes.claim("doi:10.5555/a", "h1"));
        assertFalse(hashes.claim("doi:10.5555/a", "h1"));
    }

    @Test
    void changedContentIsClaimedAgain() {
        hashes.claim("doi:10.5555/a", "h1");
        assertTrue(hashes.claim("doi:10.5555/a", "h2"));
        assertTrue(hashes.claim("doi:10.5555/a", "h1"), "going back to an older version is a change too");
    }

    @Test
    void releasedClaimCanBeMadeAgainAfterAFailedSend() {
        hashes.claim("pmid:1", "h1");
        hashes.release("pmid:1", "h1");
        assertTrue(hashes.claim("pmid:1", "h1"));
    }

    @Test
    void releasingAnOutdatedClaimKeepsTheNewerOne() {
        hashes.claim("pmid:1", "h1");
        hashes.claim("pmid:1", "h2");
        hashes.release("pmid:1", "h1");
        assertFalse(hashes.claim("pmid:1", "h2"));
    }
}
