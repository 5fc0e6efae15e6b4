package io.litstream.launcher.pipeline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.util.Matrix;

/**
 * The PDFs and JATS documents of the hostile corpus, made at test time (a bomb or a thousand-page
 * PDF is better generated than committed): {@code gen:<kind>:<n>} in the MANIFEST.
 */
final class HostileDocuments {
    private static final String KETAMINE = "In a randomized controlled trial, a single ketamine infusion reduced depressive"
            + " symptoms within a day compared with placebo.";

    private HostileDocuments() {
    }

    /** The document a generator names, or null when the name is no document generator. */
    static byte[] make(String kind, int n) {
        try {
            return switch (kind) {
                case "text-pdf" -> pdf(doc -> textPage(doc, "Ketamine in a PDF", KETAMINE + " This PDF has " + n + " page."), null);
                case "encrypted-pdf" -> pdf(doc -> textPage(doc, "Locked ketamine", KETAMINE), "secret");
                case "scanned-pdf" -> pdf(HostileDocuments::scannedPages, null);
                case "truncated-pdf" -> {
                    byte[] whole = pdf(doc -> textPage(doc, "Cut ketamine", KETAMINE), null);
                    yield Arrays.copyOf(whole, whole.length * n / 100);
                }
                case "many-pages-pdf" -> pdf(doc -> {
                    for (int i = 0; i < n; i++) {
                        doc.addPage(new PDPage());
                    }
                }, null);
                case "bomb-pdf" -> pdf(doc -> bombPage(doc, (long) n * 1024 * 1024), null);
                case "nested-jats" -> nestedJats(n);
                default -> null;
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file extension of what {@code kind} makes. */
    static String extension(String kind) {
        return kind.endsWith("-pdf") ? "pdf" : kind.endsWith("-jats") ? "nxml" : null;
    }

    private interface Pages {
        void add(PDDocument doc) throws IOException;
    }

    private static byte[] pdf(Pages pages, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pages.add(doc);
            if (userPassword != null) {
                StandardProtectionPolicy lock = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                lock.setEncryptionKeyLength(128);
                doc.protect(lock);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void textPage(PDDocument doc, String title, String text) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        doc.getDocumentInformation().setTitle(title);
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
            c.beginText();
            c.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 11);
            c.newLineAtOffset(72, 700);
            c.showText(text);
            c.endText();
        }
    }

    private static void scannedPages(PDDocument doc) throws IOException {
        BufferedImage grey = new BufferedImage(60, 80, BufferedImage.TYPE_BYTE_GRAY);
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
            c.drawImage(LosslessFactory.createFromImage(doc, grey), new Matrix(400, 0, 0, 600, 100, 100));
        }
    }

    private static void bombPage(PDDocument doc, long inflatedBytes) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        COSStream content = doc.getDocument().createCOSStream();
        byte[] zeros = new byte[1 << 20];
        try (OutputStream out = new DeflaterOutputStream(content.createRawOutputStream(), new Deflater(9))) {
            for (long written = 0; written < inflatedBytes; written += zeros.length) {
                out.write(zeros);
            }
        }
        content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.setContents(new PDStream(content));
    }

    /**
     * A short ketamine article inside {@code depth} nested JATS sections (only the outermost titled,
     * so the text stays short); the depth is in its text.
     */
    private static byte[] nestedJats(int depth) {
        String doc = "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN\""
                + " \"JATS-archivearticle1.dtd\"><article><front><article-meta><title-group><article-title>"
                + "Ketamine in deeply nested sections</article-title></title-group></article-meta></front><body>"
                + "<sec><title>Trial</title>" + "<sec>".repeat(depth - 1) + "<p>" + KETAMINE + " These sections nest " + depth
                + " deep.</p>" + "</sec>".repeat(depth) + "</body></article>";
        return doc.getBytes(StandardCharsets.UTF_8);
    }
}
