package io.litstream.tools.eval.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its white space collapsed to single spaces, remembering where each character stood
 * in the original, so that a sentence the extractor printed (whose white space the cleaner and
 * sentence splitter may have changed) can be found in the labelled source and compared by offset.
 */
final class NormalisedText {
    private final String text;
    private final int[] origin;

    private NormalisedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** {@code raw} with every run of white space one space, stripped at both ends. */
    static NormalisedText of(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] origin = new int[raw.length() + 1];
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                origin[out.length()] = i - 1;
                out.append(' ');
                space = false;
            }
            origin[out.length()] = i;
            out.append(c);
        }
        origin[out.length()] = raw.length();
        return new NormalisedText(out.toString(), origin);
    }

    /** The collapsed form of {@code raw}, for comparing two sentences. */
    static String collapse(String raw) {
        return of(raw).text;
    }

    String text() {
        return text;
    }

    /** Where in the original the normalised range {@code [from, to)} lies. */
    Span original(int from, int to) {
        int end = to == 0 ? 0 : origin[to - 1] + 1;
        return new Span(origin[from], end);
    }

    /** Every place {@code sentence} (collapsed) occurs, as spans of the original text. */
    List<Span> find(String sentence) {
        String needle = collapse(sentence);
        List<Span> out = new ArrayList<>();
        if (needle.isEmpty()) {
            return out;
        }
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            out.add(original(at, at + needle.length()));
        }
        return out;
    }
}
