package io.litstream.ingest.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content hash last published under each article id, so that re-reading an unchanged file
 * (a rescan, a touched file, the same article under two names) does not publish it again. Only
 * this process's memory: after a restart everything is published once more, which the compacted
 * topic absorbs. One entry per article id (~150 bytes), which a single ingest process can afford
 * for millions of articles.
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
