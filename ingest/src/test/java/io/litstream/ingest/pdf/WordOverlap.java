package io.litstream.ingest.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bag-of-words precision, recall and F1 of text read from a PDF against the text it was set from
 * (lower-cased {@code \w+} words), the measure the evaluations in tools report.
 */
record WordOverlap(double precision, double recall, double f1) {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static WordOverlap of(String read, String expected) {
        Map<String, Long> got = words(read);
        Map<String, Long> want = words(expected);
        long shared = got.entrySet().stream().mapToLong(e -> Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0L))).sum();
        double p = shared / (double) Math.max(1, got.values().stream().mapToLong(Long::longValue).sum());
        double r = shared / (double) Math.max(1, want.values().stream().mapToLong(Long::longValue).sum());
        return new WordOverlap(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Map<String, Long> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
