package io.litstream.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFs made at test time from text written for these tests: paragraphs set in one or two
 * justified-free (ragged) columns on A4 pages, with a running header and footer and a page
 * number if asked, long words hyphenated at line ends, and the hostile kinds (encrypted,
 * image-only, a compressed-stream bomb, many pages).
 */
final class TestPdfs {
    static final String TITLE = "Morning light therapy and sleep timing in adults with seasonal depression";
    static final List<String> PARAGRAPHS = List.of(
            "Seasonal depression returns each autumn for many adults who live far from the equator. We asked whether"
                    + " thirty minutes of bright light after waking would shorten the episodes, and whether an earlier"
                    + " bedtime would add to the benefit. Eighty four participants were randomised to light, to light with"
                    + " a fixed sleep schedule, or to a dim red lamp that served as the comparison condition.",
            "Participants kept a sleep diary and wore a wrist actigraph throughout the eight weeks of treatment."
                    + " Mood was rated every fortnight by assessors who did not know the allocation. The primary outcome"
                    + " was the change in the structured interview score between the first and the last visit, analysed"
                    + " by intention to treat with a mixed model that included the recruitment site.",
            "Bright light lowered depression scores more than the dim lamp, by a mean of six points, and the"
                    + " difference was larger among people whose melatonin onset was late at baseline. Adding the fixed"
                    + " sleep schedule did not improve the outcome further, although participants in that group reported"
                    + " fewer awakenings and slightly better daytime alertness in their diaries.",
            "Headache and eye strain were the commonest complaints, mostly in the first week, and two participants"
                    + " stopped treatment because of agitation. No participant became manic. Adherence was high: the"
                    + " lamps recorded their own use, and four in five sessions took place within an hour of waking.",
            "These findings support morning light as a first treatment for seasonal depression, with attention to"
                    + " the timing of the session rather than to the sleep schedule. A larger trial should test whether"
                    + " the benefit lasts into the following winter and whether it holds for adolescents, who were not"
                    + " included here because their circadian phase differs from that of adults.",
            "Unexpectedly, the participants with the strongest preference for evenings benefited the most, which"
                    + " suggests that phase advance is one mechanism. Chronotherapeutic approaches deserve comparison"
                    + " with antidepressant medication in head to head designs that measure circadian markers directly.");
    static final String HEADER = "Journal of Imaginary Chronobiology 2024";
    static final String RUNNING_TITLE = "Morning light in seasonal depression";

    private static final float SIZE = 10;
    private static final PdfTypesetter TYPESETTER = new PdfTypesetter();

    /** How to set the text. */
    record Layout(int columns, boolean headersAndFooters, boolean titleOnTop, int repeat) {
        PdfTypesetter.Layout typesetting() {
            return new PdfTypesetter.Layout(columns, headersAndFooters ? HEADER : null,
                    headersAndFooters ? RUNNING_TITLE : null, titleOnTop);
        }
    }

    private TestPdfs() {
    }

    /** Ordinals that make each repetition of the paragraphs read differently (a repeated line could pass for a running header). */
    private static final List<String> REPEATS = List.of("", "Once more, ", "In the third telling, ", "Again, ",
            "For the fifth time, ", "Lastly, ", "Even later, ", "Finally, ");

    /** The paragraphs {@code repeat} times, each time with a different opening. */
    static List<String> paragraphs(int repeat) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            for (String p : PARAGRAPHS) {
                out.add(REPEATS.get(r % REPEATS.size()) + p);
            }
        }
        return out;
    }

    static String sourceText(int repeat) {
        return TITLE + "\n\n" + String.join("\n\n", paragraphs(repeat));
    }

    static byte[] article(Layout layout) {
        return TYPESETTER.typeset(TITLE, paragraphs(layout.repeat()), layout.typesetting());
    }

    /** How the typesetter breaks a paragraph into lines of a two-column page. */
    static List<String> twoColumnLines(String paragraph) {
        try {
            return TYPESETTER.wrap(paragraph, (PDRectangle.A4.getWidth() - 2 * 56 - 24) / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One paragraph on each of {@code pages} pages. */
    static byte[] manyPages(int pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = font();
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A6);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    PdfTypesetter.show(c, font, SIZE, 20, 300, "Page text " + i);
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-column article that needs the user password "secret" to open. */
    static byte[] encrypted() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            try (PDPageContentStream c = new PDPageContentStream(doc, doc.getPage(0))) {
                PdfTypesetter.show(c, font(), SIZE, 56, 700, TITLE);
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two pages holding only a picture each, as a scanner makes them. */
    static byte[] imageOnly() {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 280; y += 7) {
                for (int x = 10; x < 190; x++) {
                    scan.setRGB(x, y, 0);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.drawImage(image, new Matrix(500, 0, 0, 700, 40, 60));
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page whose content stream, a few hundred kilobytes deflated, inflates to {@code inflated}
     * bytes of spaces.
     */
    static byte[] bomb(long inflated) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream();
                 OutputStream out = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] spaces = new byte[64 * 1024];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (long done = 0; done < inflated; done += spaces.length) {
                    out.write(spaces);
                }
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(stream));
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType1Font font() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
