package io.litstream.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

/**
 * Measures what a document's compressed streams inflate to before any is decoded for real, so a
 * decompression bomb (a few kilobytes of deflated zeros that would fill gigabytes) is refused
 * instead of being expanded. Each Flate stream is inflated into nothing, counting, and the count
 * stops at the budget. The document's time limit holds here too ({@link PdfTextCollector.Timeout}).
 */
final class StreamBudget {
    private StreamBudget() {
    }

    /** Thrown when the streams inflate to more than the budget. */
    static final class Exceeded extends Exception {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    static void check(COSDocument document, long budget, long deadline) throws Exceeded, IOException {
        long total = 0;
        byte[] sink = new byte[64 * 1024];
        for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
            COSBase base = document.getObjectFromPool(key).getObject();
            if (System.nanoTime() - deadline > 0) {
                throw new PdfTextCollector.Timeout();
            }
            if (!(base instanceof COSStream stream) || !isFlate(stream)) {
                continue;
            }
            try (InputStream raw = stream.createRawInputStream();
                 InputStream in = new InflaterInputStream(raw, new Inflater(), 8192)) {
                int n;
                while ((n = in.read(sink)) > 0) {
                    total += n;
                    if (total > budget) {
                        throw new Exceeded("compressed streams inflate to more than " + budget + " bytes");
                    }
                    if (System.nanoTime() - deadline > 0) {
                        throw new PdfTextCollector.Timeout();
                    }
                }
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                // A broken stream is PDFBox's to deal with (it is lenient); it cannot be a bomb past this point.
            }
        }
    }

    private static boolean isFlate(COSStream stream) {
        COSBase filter = stream.getFilters();
        if (filter instanceof COSName name) {
            return name.equals(COSName.FLATE_DECODE) || name.equals(COSName.FLATE_DECODE_ABBREVIATION);
        }
        if (filter instanceof COSArray array && array.size() > 0 && array.get(0) instanceof COSName first) {
            return first.equals(COSName.FLATE_DECODE) || first.equals(COSName.FLATE_DECODE_ABBREVIATION);
        }
        return false;
    }
}
