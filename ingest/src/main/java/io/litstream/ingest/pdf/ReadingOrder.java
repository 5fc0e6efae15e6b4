package io.litstream.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts a page's pieces of text in reading order. Sorting by position alone interleaves the
 * columns of a two-column page line by line; so a page is first searched for a gutter, an
 * empty vertical strip near the middle with text on both sides at the same heights. Lines
 * crossing the gutter (a title, a full-width abstract or figure caption) cut the page into
 * bands; each band is read left column first, then right, each column top to bottom, and a
 * column is searched for a gutter of its own (three columns).
 */
final class ReadingOrder {
    /** Columns inside columns: enough for three- and four-column layouts. */
    private static final int MAX_DEPTH = 3;
    /** The gutter lies in the middle of the text's width, not in its outer fifths. */
    private static final float EDGE_SHARE = 0.2f;
    /** At most this share of the rows may cross a gutter (full-width title, abstract). */
    private static final float MAX_CROSSING_SHARE = 0.4f;
    /** Rows with text on both sides of the gutter needed to call it one. */
    private static final int MIN_SHARED_ROWS = 3;
    /** Narrower strips are spaces between words that happen to line up. */
    private static final float MIN_GUTTER_POINTS = 5;

    private record Gutter(float left, float right) {
        float centre() {
            return (left + right) / 2;
        }

        boolean crossedBy(TextLine line) {
            return line.x0() < left && line.x1() > right;
        }
    }

    private ReadingOrder() {
    }

    /** The page's lines in reading order, pieces of one row in one column joined. */
    static List<TextLine> of(List<PageRows.Row> rows) {
        List<TextLine> pieces = new ArrayList<>();
        rows.forEach(r -> pieces.addAll(r.pieces()));
        List<TextLine> out = new ArrayList<>();
        order(pieces, 0, out);
        return out;
    }

    private static void order(List<TextLine> pieces, int depth, List<TextLine> out) {
        Optional<Gutter> found = depth < MAX_DEPTH ? gutter(pieces) : Optional.empty();
        if (found.isEmpty()) {
            out.addAll(rowsTopDown(pieces));
            return;
        }
        Gutter gutter = found.get();
        List<TextLine> crossing = new ArrayList<>();
        List<TextLine> band = new ArrayList<>();
        List<TextLine> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::x0));
        for (TextLine piece : sorted) {
            if (gutter.crossedBy(piece)) {
                crossing.add(piece);
            }
        }
        int next = 0;
        for (TextLine piece : sorted) {
            if (gutter.crossedBy(piece)) {
                continue;
            }
            while (next < crossing.size() && crossing.get(next).baseline() < piece.baseline()) {
                readBand(band, gutter, depth, out);
                band.clear();
                out.add(crossing.get(next++));
            }
            band.add(piece);
        }
        readBand(band, gutter, depth, out);
        while (next < crossing.size()) {
            out.add(crossing.get(next++));
        }
    }

    private static void readBand(List<TextLine> band, Gutter gutter, int depth, List<TextLine> out) {
        List<TextLine> left = new ArrayList<>();
        List<TextLine> right = new ArrayList<>();
        for (TextLine piece : band) {
            (piece.centre() < gutter.centre() ? left : right).add(piece);
        }
        order(left, depth + 1, out);
        order(right, depth + 1, out);
    }

    /** Pieces grouped into rows, top-down; the pieces of one row joined left to right. */
    private static List<TextLine> rowsTopDown(List<TextLine> pieces) {
        List<TextLine> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::x0));
        List<TextLine> lines = new ArrayList<>();
        List<TextLine> row = new ArrayList<>();
        for (TextLine piece : sorted) {
            if (!row.isEmpty() && !sameRow(row.get(0), piece)) {
                lines.add(joinRow(row));
                row.clear();
            }
            row.add(piece);
        }
        if (!row.isEmpty()) {
            lines.add(joinRow(row));
        }
        return lines;
    }

    private static boolean sameRow(TextLine a, TextLine b) {
        return Math.abs(a.baseline() - b.baseline()) <= 0.35f * Math.max(a.fontSize(), b.fontSize());
    }

    private static TextLine joinRow(List<TextLine> row) {
        row.sort(Comparator.comparingDouble(TextLine::x0));
        TextLine line = row.get(0);
        for (int i = 1; i < row.size(); i++) {
            line = line.join(row.get(i));
        }
        return line;
    }

    /** The widest empty vertical strip in the middle of the pieces' extent that has text on both sides. */
    private static Optional<Gutter> gutter(List<TextLine> pieces) {
        if (pieces.size() < 2 * MIN_SHARED_ROWS) {
            return Optional.empty();
        }
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (TextLine p : pieces) {
            min = Math.min(min, p.x0());
            max = Math.max(max, p.x1());
        }
        float width = max - min;
        int bins = (int) Math.ceil(width) + 1;
        if (width < 50 || bins > 20_000) {
            return Optional.empty();
        }
        int[] cover = new int[bins + 1];
        for (TextLine p : pieces) {
            cover[(int) (p.x0() - min)]++;
            cover[(int) Math.ceil(p.x1() - min)]--;
        }
        for (int i = 1; i < cover.length; i++) {
            cover[i] += cover[i - 1];
        }
        int allowed = (int) (MAX_CROSSING_SHARE * rowCount(pieces));
        int from = (int) (EDGE_SHARE * width);
        int to = (int) ((1 - EDGE_SHARE) * width);
        Gutter best = null;
        int runStart = -1;
        for (int i = from; i <= to + 1; i++) {
            boolean open = i <= to && cover[i] <= allowed;
            if (open && runStart < 0) {
                runStart = i;
            } else if (!open && runStart >= 0) {
                Gutter g = new Gutter(min + runStart, min + i);
                if (g.right() - g.left() >= MIN_GUTTER_POINTS
                        && (best == null || g.right() - g.left() > best.right() - best.left()) && sharedRows(pieces, g) >= MIN_SHARED_ROWS) {
                    best = g;
                }
                runStart = -1;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Rows holding text entirely left of the gutter and text entirely right of it. */
    private static int sharedRows(List<TextLine> pieces, Gutter g) {
        List<TextLine> left = new ArrayList<>();
        List<TextLine> right = new ArrayList<>();
        for (TextLine p : pieces) {
            if (p.x1() <= g.left()) {
                left.add(p);
            } else if (p.x0() >= g.right()) {
                right.add(p);
            }
        }
        int shared = 0;
        int j = 0;
        right.sort(Comparator.comparingDouble(TextLine::baseline));
        left.sort(Comparator.comparingDouble(TextLine::baseline));
        for (TextLine l : left) {
            while (j < right.size() && right.get(j).baseline() < l.baseline() - 0.35f * l.fontSize()) {
                j++;
            }
            if (j < right.size() && sameRow(l, right.get(j))) {
                shared++;
                j++;
            }
        }
        return shared;
    }

    private static int rowCount(List<TextLine> pieces) {
        return rowsTopDown(pieces).size();
    }
}
