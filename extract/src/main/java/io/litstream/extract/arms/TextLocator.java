package io.litstream.extract.arms;

/**
 * Finds where the extractor's sentences stand in the article text. The extractor reads blocks
 * whose lines it has joined and whose markup it has removed, so a sentence's offset in its block
 * is not an offset in the article; a sentence found verbatim is located, searching forward from
 * the last one found (then from the start, for a title that the text repeats further up).
 *
 * <p>One per article; not thread-safe.
 */
public final class TextLocator {
    private final String text;
    private int cursor;

    public TextLocator(String text) {
        this.text = text == null ? "" : text;
    }

    /** The offset of {@code part} in the text, or -1 when it is not there verbatim. */
    public int locate(String part) {
        if (part.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(part, cursor);
        if (at < 0) {
            at = text.indexOf(part);
        }
        if (at >= 0) {
            cursor = Math.max(cursor, at + part.length());
        }
        return at;
    }
}
