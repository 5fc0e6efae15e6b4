package io.litstream.tools.eval.claims;

/** The labels' offsets count code points (Python's); Java strings index UTF-16 units. */
final class CodePoints {
    private CodePoints() {
    }

    static Span span(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, Math.min(start, text.codePointCount(0, text.length())));
        int to = text.offsetByCodePoints(from, Math.min(end - start, text.codePointCount(from, text.length())));
        return new Span(from, to);
    }
}
