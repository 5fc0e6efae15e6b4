package io.litstream.ingest.dedupe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word shingles of a text, as 64-bit hashes: every run of {@link #SIZE} consecutive words,
 * lower-cased, punctuation ignored. Three words are long enough that two articles on the same drug
 * share few shingles ("of the drug" aside) and short enough that an edited sentence only changes
 * the shingles around the edit.
 */
final class Shingles {
    static final int SIZE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Shingles() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Shingle hashes of {@code words} (duplicates included; MinHash ignores them); empty when fewer than SIZE words. */
    static long[] hashes(List<String> words) {
        int n = words.size() - SIZE + 1;
        if (n <= 0) {
            return new long[0];
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = FNV_OFFSET;
            for (int j = 0; j < SIZE; j++) {
                h = fnv(h, words.get(i + j));
                h = (h ^ ' ') * FNV_PRIME;
            }
            out[i] = mix(h);
        }
        return out;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long fnv(long h, String word) {
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        return h;
    }

    /** The SplitMix64 finaliser: spreads FNV's weak low bits over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
