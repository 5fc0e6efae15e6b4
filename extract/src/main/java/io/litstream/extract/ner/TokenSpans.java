package io.litstream.extract.ner;

import opennlp.tools.util.Span;

/**
 * Converts between character spans and token spans over one token sequence.
 */
public final class TokenSpans {
    private TokenSpans() {
    }

    /**
     * The token span covering exactly the characters {@code [start, end)}, or {@code null} when
     * a boundary falls inside a token or between sentences' tokens (the mention cannot be
     * represented with these tokens).
     */
    public static Span toTokens(Span[] tokens, int start, int end, String type) {
        int first = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].getStart() == start) {
                first = i;
            }
            if (first >= 0 && tokens[i].getEnd() == end) {
                return new Span(first, i + 1, type);
            }
            if (tokens[i].getStart() >= end) {
                break;
            }
        }
        return null;
    }

    /** The characters a token span covers. */
    public static Span toChars(Span[] tokens, Span tokenSpan) {
        return new Span(tokens[tokenSpan.getStart()].getStart(), tokens[tokenSpan.getEnd() - 1].getEnd(),
                tokenSpan.getType());
    }

    /** The covered token texts. */
    public static String[] texts(CharSequence text, Span[] tokens) {
        return Span.spansToStrings(tokens, text);
    }
}
