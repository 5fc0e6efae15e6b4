package io.litstream.ingest.dedupe;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signatures of the most recently published articles, searched by linear scan.
 *
 * <p>Why a scan and not LSH bands: syndication happens within days, so a window of the last
 * {@link #DEFAULT_WINDOW} articles covers it; scanning that many 128-value signatures takes a few
 * milliseconds, well below the cost of fetching and cleaning one page, and, unlike banding, misses
 * nothing above the threshold. The window also bounds memory and the state topic (the caller
 * forgets evicted fingerprints). Not thread-safe: the caller serialises access.
 */
public final class NearDuplicateIndex {
    public static final int DEFAULT_WINDOW = 20_000;
    /**
     * Estimated Jaccard similarity of 3-shingle sets from which two texts are the same article.
     * A syndicated press release keeps its wording and gains or loses some page chrome: two copies
     * whose texts are 80% shared words and 20% chrome each score about 0.67. Two different articles
     * on the same drug share terms but hardly any three-word runs and score below 0.1. 0.5 sits
     * between with a wide margin either side of the estimate's ±0.09 error.
     */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** The best match of a search: the earlier article and how similar it is. */
    public record Match(String articleId, double similarity) {
    }

    private final int window;
    private final double threshold;
    private final LinkedHashMap<String, MinHashSignature> signatures = new LinkedHashMap<>();

    public NearDuplicateIndex() {
        this(DEFAULT_WINDOW, DEFAULT_THRESHOLD);
    }

    public NearDuplicateIndex(int window, double threshold) {
        if (window < 1 || threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("window must be positive and threshold in (0, 1]: " + window + ", " + threshold);
        }
        this.window = window;
        this.threshold = threshold;
    }

    /** The most similar indexed article other than {@code selfId} at or above the threshold. */
    public Optional<Match> find(MinHashSignature signature, String selfId) {
        Match best = null;
        for (Map.Entry<String, MinHashSignature> e : signatures.entrySet()) {
            if (e.getKey().equals(selfId)) {
                continue;
            }
            double s = signature.similarity(e.getValue());
            if (s >= threshold && (best == null || s > best.similarity())) {
                best = new Match(e.getKey(), s);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Indexes (or re-indexes, as the newest) an article's signature.
     *
     * @return the ids pushed out of the window, oldest first
     */
    public List<String> add(String articleId, MinHashSignature signature) {
        signatures.remove(articleId);
        signatures.put(articleId, signature);
        List<String> evicted = new ArrayList<>();
        Iterator<String> oldest = signatures.keySet().iterator();
        while (signatures.size() > window && oldest.hasNext()) {
            evicted.add(oldest.next());
            oldest.remove();
        }
        return evicted;
    }

    public void remove(String articleId) {
        signatures.remove(articleId);
    }

    public int size() {
        return signatures.size();
    }
}
