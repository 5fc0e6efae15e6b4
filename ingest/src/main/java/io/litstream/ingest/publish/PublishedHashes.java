package io.litstream.ingest.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content hash being published under each article id, from the decision to send until the
 * broker's answer, so that the same file read twice in quick succession is sent once. What was
 * acknowledged lives in the state store (see {@link PublicationLedger}).
 */
final class PublishedHashes {
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /**
     * Claims the right to publish {@code hash} under {@code id}: false when that exact content was
     * already published (or is being published) under that id.
     */
    boolean claim(String id, String hash) {
        return !hash.equals(hashes.put(id, hash));
    }

    /** Gives a claim back after a failed send, so that the next read publishes again. */
    void release(String id, String hash) {
        hashes.remove(id, hash);
    }
}
