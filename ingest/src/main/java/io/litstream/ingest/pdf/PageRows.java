package io.litstream.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's characters into rows (characters sharing a baseline, superscripts included)
 * and each row into pieces wherever a gap is wider than a word space could be: the gutter
 * between two columns separates the pieces {@link ReadingOrder} later sorts into columns.
 */
final class PageRows {
    /** Characters whose baselines differ by less than this share of the font size are on one row. */
    private static final float SAME_ROW = 0.35f;
    /** A gap wider than this share of the font size is no word space: a new piece starts. */
    private static final float PIECE_GAP = 1.0f;
    /** A gap wider than this share of the font's space width is a word space. */
    private static final float WORD_GAP = 0.4f;

    /** One row of a page, top-down, as pieces left to right. */
    record Row(float baseline, List<TextLine> pieces) {
        String text() {
            StringBuilder s = new StringBuilder();
            for (TextLine piece : pieces) {
                if (s.length() > 0) {
                    s.append(' ');
                }
                s.append(piece.text());
            }
            return s.toString();
        }
    }

    private PageRows() {
    }

    static List<Row> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
        List<Row> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float rowBaseline = 0;
        for (Glyph g : sorted) {
            if (!row.isEmpty() && Math.abs(g.baseline() - rowBaseline) > SAME_ROW * Math.max(g.fontSize(), row.get(0).fontSize())) {
                addRow(rows, row, rowBaseline);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowBaseline = g.baseline();
            }
            row.add(g);
        }
        addRow(rows, row, rowBaseline);
        return rows;
    }

    private static void addRow(List<Row> rows, List<Glyph> glyphs, float baseline) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x0));
        List<TextLine> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        float x1 = 0;
        float sizeSum = 0;
        int letters = 0;
        boolean space = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                space = text.length() > 0;
                continue;
            }
            float gap = g.x0() - x1;
            if (text.length() > 0 && gap > PIECE_GAP * g.fontSize()) {
                pieces.add(new TextLine(text.toString(), x0, x1, baseline, sizeSum / letters));
                text.setLength(0);
                sizeSum = 0;
                letters = 0;
                space = false;
            }
            if (text.length() == 0) {
                x0 = g.x0();
            } else if (space || gap > WORD_GAP * g.spaceWidth()) {
                text.append(' ');
            }
            text.append(g.text());
            x1 = Math.max(x1, g.x1());
            sizeSum += g.fontSize();
            letters++;
            space = false;
        }
        if (text.length() > 0) {
            pieces.add(new TextLine(text.toString(), x0, x1, baseline, sizeSum / letters));
        }
        if (!pieces.isEmpty()) {
            rows.add(new Row(baseline, List.copyOf(pieces)));
        }
    }
}
