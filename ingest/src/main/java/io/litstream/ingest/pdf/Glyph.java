package io.litstream.ingest.pdf;

import org.apache.pdfbox.text.TextPosition;

/**
 * One character as placed on the page, in top-down coordinates (points from the top left).
 *
 * @param text       its Unicode text (one character, sometimes a ligature's several)
 * @param x0         left edge
 * @param x1         right edge
 * @param baseline   distance of its baseline from the top of the page
 * @param fontSize   font size in points
 * @param spaceWidth the width of a space in its font, kept within sane bounds of the font size
 */
record Glyph(String text, float x0, float x1, float baseline, float fontSize, float spaceWidth) {

    static Glyph of(TextPosition p) {
        float size = p.getFontSizeInPt();
        if (!(size > 0.5f) || Float.isInfinite(size)) {
            // A font set at size 1 and scaled by the text matrix: the glyph's height tells the size.
            size = Math.max(1f, p.getHeightDir() / 0.7f);
        }
        float space = p.getWidthOfSpace();
        if (!(space >= 0.15f * size) || space > 0.6f * size) {
            space = 0.25f * size;
        }
        return new Glyph(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(), size, space);
    }

    boolean isSpace() {
        return text == null || text.isBlank();
    }
}
