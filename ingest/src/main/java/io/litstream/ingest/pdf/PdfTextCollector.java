package io.litstream.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper used for what it does well — decoding fonts, merging diacritics,
 * dropping the duplicate glyphs of fake bold — with the layout left to {@link PageRows} and
 * {@link ReadingOrder}: each page's characters are collected with their positions instead of
 * being written out. One instance reads one document; it stops with {@link Timeout} once the
 * document's time is up, checked between pages and every few hundred content-stream operators.
 */
final class PdfTextCollector extends PDFTextStripper {
    /** Checking the clock on every operator would cost more than the operators. */
    private static final int CHECK_EVERY = 256;

    private final long deadline;
    private final List<List<PageRows.Row>> pages = new ArrayList<>();
    private int operators;
    private int glyphs;

    /** Thrown inside PDFBox's page processing when the document's time is up; unchecked so no handler there swallows it. */
    static final class Timeout extends RuntimeException {
        Timeout() {
            super("time limit reached", null, false, false);
        }
    }

    PdfTextCollector(long deadlineNanos) {
        this.deadline = deadlineNanos;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    List<List<PageRows.Row>> pages() {
        return pages;
    }

    int glyphs() {
        return glyphs;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        checkTime();
        super.startPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CHECK_EVERY == 0) {
            checkTime();
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void writePage() {
        List<Glyph> page = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                page.add(Glyph.of(p));
            }
        }
        glyphs += page.size();
        pages.add(PageRows.of(page));
    }

    private void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new Timeout();
        }
    }
}
