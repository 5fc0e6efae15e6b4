package io.litstream.extract.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue list compiled for speed: the alternatives of {@code \b(?:a|b|...)} are bucketed by the
 * first character they can match, and each word start is tried only with its character's
 * bucket. A plain {@link Pattern} tries every alternative at every word boundary, which made
 * the cue lists the costliest step of extraction. Matches are exactly those of the plain
 * pattern (same leftmost start, same alternative, same end): an alternative that cannot start
 * with a character cannot match where the text has it.
 *
 * <p>Which characters an alternative can start with is asked of the regex engine itself: matched
 * against that one character, it either succeeds, or fails only for want of more input
 * ({@link Matcher#hitEnd()}); otherwise no text starting with that character can match.
 *
 * <p>Immutable and thread-safe.
 */
final class CuePattern {
    /** First characters looked up in the table; others (rare in text) try every alternative. */
    private static final int TABLE_SIZE = 0x400;
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    /** The distinct alternations, the last one all alternatives. */
    private final List<Pattern> buckets = new ArrayList<>();
    /** Per first character, its bucket's index, or -1 when no alternative can start with it. */
    private final int[] bucketOf = new int[TABLE_SIZE];
    private final int whole;

    CuePattern(String... alternatives) {
        Pattern[] single = new Pattern[alternatives.length];
        for (int a = 0; a < alternatives.length; a++) {
            single[a] = Pattern.compile(alternatives[a]);
        }
        Map<List<String>, Integer> index = new HashMap<>();
        for (char c = 0; c < TABLE_SIZE; c++) {
            List<String> bucket = new ArrayList<>();
            for (int a = 0; a < alternatives.length; a++) {
                if (canStartWith(single[a], c)) {
                    bucket.add(alternatives[a]);
                }
            }
            bucketOf[c] = bucket.isEmpty() ? -1 : index.computeIfAbsent(bucket, this::compile);
        }
        this.whole = index.computeIfAbsent(List.of(alternatives), this::compile);
    }

    private int compile(List<String> alternatives) {
        buckets.add(Pattern.compile("(?:" + String.join("|", alternatives) + ")" + WORD_END));
        return buckets.size() - 1;
    }

    private static boolean canStartWith(Pattern alternative, char c) {
        Matcher m = alternative.matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd();
    }

    /** Whether the cue occurs in {@code text} (lower case) at a word boundary. */
    boolean in(String text) {
        return next(text, 0, new Matcher[buckets.size()]) != null;
    }

    /** Every occurrence, left to right and not overlapping, as {@code Matcher.find()} would give them. */
    List<MatchResult> all(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher[] matchers = new Matcher[buckets.size()];
        int from = 0;
        MatchResult r;
        while (from <= text.length() && (r = next(text, from, matchers)) != null) {
            out.add(r);
            from = r.end() > r.start() ? r.end() : r.end() + 1;
        }
        return out;
    }

    /**
     * The leftmost match starting at or after {@code from}, or null.
     *
     * @param matchers one reusable matcher per bucket over {@code text}, made when first needed
     */
    private MatchResult next(String text, int from, Matcher[] matchers) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            int b = c < TABLE_SIZE ? bucketOf[c] : whole;
            if (b < 0 || !isBoundary(text, i)) {
                continue;
            }
            Matcher m = matchers[b];
            if (m == null) {
                m = buckets.get(b).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[b] = m;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    /** {@code \b} as java.util.regex reads it by default: a word character on exactly one side. */
    private static boolean isBoundary(String text, int i) {
        boolean after = isWord(text.charAt(i));
        boolean before = i > 0 && isWord(text.charAt(i - 1));
        return after != before;
    }

    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    @Override
    public String toString() {
        return "\\b" + buckets.get(whole).pattern();
    }
}
