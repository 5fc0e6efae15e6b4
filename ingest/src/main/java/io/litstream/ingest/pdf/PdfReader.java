package io.litstream.ingest.pdf;

import io.litstream.topics.deadletter.DeadLetterReason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF's text in reading order with Apache PDFBox: columns read one after the other,
 * running headers, footers and page numbers removed, words hyphenated across lines joined, and
 * title, DOI and date from the metadata or the first page.
 *
 * <p>Whatever the document, the result is an article or a {@link PdfRejected} with its reason:
 * a scan without a text layer is {@code NO_TEXT_LAYER}; a PDF that needs a password
 * {@code UNREADABLE} "encrypted PDF"; more pages than {@link PdfLimits#maxPages()} or streams
 * inflating past {@link PdfLimits#maxMemoryBytes()} {@code TOO_LARGE}; one that takes longer than
 * {@link PdfLimits#timeout()} or is malformed past PDFBox's repairs {@code UNREADABLE}.
 * Instances are immutable and thread-safe: each read has its own PDFBox objects.
 */
public final class PdfReader {
    private final PdfLimits limits;

    public PdfReader(PdfLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public PdfArticle read(byte[] pdf) throws PdfRejected {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes());
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null, memory.streamCache)) {
            return read(doc, deadline);
        } catch (InvalidPasswordException e) {
            throw new PdfRejected(DeadLetterReason.UNREADABLE, "encrypted PDF: it needs a password to open");
        } catch (PdfTextCollector.Timeout e) {
            throw new PdfRejected(DeadLetterReason.UNREADABLE, "TIMEOUT: reading the PDF took longer than " + limits.timeout());
        } catch (IOException e) {
            throw new PdfRejected(DeadLetterReason.UNREADABLE, "malformed PDF: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw new PdfRejected(DeadLetterReason.UNREADABLE, "malformed PDF: objects nested too deeply to read");
        }
    }

    private PdfArticle read(PDDocument doc, long deadline) throws IOException, PdfRejected {
        int pages = doc.getNumberOfPages();
        if (pages == 0) {
            throw new PdfRejected(DeadLetterReason.EMPTY_BODY, "PDF without pages");
        }
        if (pages > limits.maxPages()) {
            throw new PdfRejected(DeadLetterReason.TOO_LARGE, "PDF has " + pages + " pages, limit is " + limits.maxPages());
        }
        try {
            StreamBudget.check(doc.getDocument(), limits.maxMemoryBytes(), deadline);
        } catch (StreamBudget.Exceeded e) {
            throw new PdfRejected(DeadLetterReason.TOO_LARGE, "decompression bomb: " + e.getMessage());
        }
        PdfTextCollector collector = new PdfTextCollector(deadline);
        collector.setEndPage(limits.maxPages());
        collector.getText(doc);
        if (collector.glyphs() == 0) {
            throw new PdfRejected(DeadLetterReason.NO_TEXT_LAYER,
                    "no text layer on any of its " + pages + " pages (a scan? ingest does no OCR)");
        }
        List<List<TextLine>> lines = new ArrayList<>();
        for (List<PageRows.Row> page : RunningLines.remove(collector.pages())) {
            lines.add(ReadingOrder.of(page));
        }
        Paragraphs paragraphs = Paragraphs.of(lines);
        String firstPage = String.join("\n", lines.get(0).stream().map(TextLine::text).toList());
        PdfMetadata metadata = PdfMetadata.of(doc, paragraphs.firstPageTitle(), firstPage);
        return new PdfArticle(metadata.title(), metadata.doi(), metadata.published(), metadata.year(),
                collector.pages().size(), paragraphs.blocks());
    }
}
