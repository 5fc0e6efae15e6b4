package io.litstream.ingest.pdf;

/**
 * A run of text on one baseline: a whole line of a column, or a piece of one that a wide gap
 * (a column gutter, a table's cell spacing) separates from the rest.
 *
 * @param text     the words, single-spaced
 * @param x0       left edge
 * @param x1       right edge
 * @param baseline distance of the baseline from the top of the page
 * @param fontSize the font size of most of its characters
 */
record TextLine(String text, float x0, float x1, float baseline, float fontSize) {

    float centre() {
        return (x0 + x1) / 2;
    }

    /** This line and {@code right}, which follows it on the same baseline, as one line. */
    TextLine join(TextLine right) {
        return new TextLine(text + " " + right.text, Math.min(x0, right.x0), Math.max(x1, right.x1), baseline,
                text.length() >= right.text.length() ? fontSize : right.fontSize);
    }
}
