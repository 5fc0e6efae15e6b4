package io.litstream.tools.eval.claims;

/** A half-open character range {@code [start, end)} of one text. */
record Span(int start, int end) {
    Span {
        if (end < start) {
            throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
        }
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
