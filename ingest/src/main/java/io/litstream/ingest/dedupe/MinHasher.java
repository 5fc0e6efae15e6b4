package io.litstream.ingest.dedupe;

import java.util.List;
import java.util.Optional;

/**
 * Computes {@link MinHashSignature}s of cleaned article text over word 3-shingles
 * (see {@link Shingles}). The i-th hash function is the shingle hash XOR a fixed seed, remixed:
 * cheap, and as good as independent permutations for this purpose. Seeds are fixed forever,
 * because signatures are stored and compared across restarts and versions.
 */
public final class MinHasher {
    /** 128 permutations: a similarity estimate within about ±0.09 (two standard errors). */
    public static final int PERMUTATIONS = 128;
    /**
     * Texts shorter than this are not fingerprinted: a few short sentences share too many shingles
     * by chance, and a text this short is a notice, not an article worth de-duplicating.
     */
    public static final int MIN_WORDS = 50;
    private static final long[] SEEDS = seeds();

    /** The signature of {@code text}, or empty when it has fewer than {@link #MIN_WORDS} words. */
    public Optional<MinHashSignature> signature(String text) {
        List<String> words = Shingles.words(text == null ? "" : text);
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        long[] shingles = Shingles.hashes(words);
        long[] min = new long[PERMUTATIONS];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < PERMUTATIONS; i++) {
                long h = Shingles.mix(s ^ SEEDS[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return Optional.of(new MinHashSignature(min));
    }

    private static long[] seeds() {
        long[] seeds = new long[PERMUTATIONS];
        long x = 0x5DEECE66DL; // any fixed start will do, as long as it never changes
        for (int i = 0; i < PERMUTATIONS; i++) {
            x += 0x9e3779b97f4a7c15L;
            seeds[i] = Shingles.mix(x);
        }
        return seeds;
    }
}
