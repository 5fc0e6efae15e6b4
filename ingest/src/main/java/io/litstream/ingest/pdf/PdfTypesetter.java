package io.litstream.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Sets known text as a PDF, so the PDF reader can be scored against the text it was made from
 * (its tests here, the evaluation in tools); ingest itself never writes PDFs. The layout:
 * a title, then paragraphs in one or more ragged-right columns on A4 pages, optionally with a
 * running header, a running footer and a page number, long words hyphenated at line ends. The
 * standard Helvetica it uses has no glyph for some characters (Greek, most mathematical signs):
 * {@link #printable} says what a PDF made by it can hold, for the reference text to match.
 * Not thread-safe (it remembers which characters the font can show).
 */
public final class PdfTypesetter {
    private static final float MARGIN = 56;
    private static final float GUTTER = 24;
    private static final float SIZE = 10;
    private static final float LEADING = 12.5f;

    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> encodable = new HashMap<>();

    /**
     * How to set the text.
     *
     * @param columns    columns per page
     * @param header     running header on every page, or null
     * @param footer     running footer on every page (a page number beside it), or null
     * @param titleOnTop whether the title is set on the first page (else it is only the document information's)
     */
    public record Layout(int columns, String header, String footer, boolean titleOnTop) {
    }

    /** {@code text} with the characters the font cannot show replaced by spaces. */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\n' || canShow(c) ? c : ' ');
        }
        return out.toString();
    }

    public byte[] typeset(String title, List<String> paragraphs, Layout layout) {
        try (PDDocument doc = new PDDocument()) {
            write(doc, printable(title), paragraphs.stream().map(this::printable).toList(), layout);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PDDocument doc, String title, List<String> paragraphs, Layout layout) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float columnWidth = (a4.getWidth() - 2 * MARGIN - (layout.columns() - 1) * GUTTER) / layout.columns();
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            lines.addAll(wrap(p, columnWidth));
            lines.add("");
        }
        float top = a4.getHeight() - MARGIN - 20;
        float bottom = MARGIN + 20;
        int at = 0;
        int pageNo = 0;
        while (at < lines.size()) {
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            pageNo++;
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                float columnTop = top;
                if (pageNo == 1 && layout.titleOnTop()) {
                    columnTop = title(c, title, top);
                }
                if (layout.header() != null) {
                    show(c, font, 8, MARGIN, a4.getHeight() - MARGIN + 10, layout.header());
                }
                if (layout.footer() != null) {
                    show(c, font, 8, MARGIN, MARGIN - 10, layout.footer());
                    show(c, font, 8, a4.getWidth() - MARGIN - 20, MARGIN - 10, Integer.toString(pageNo));
                }
                int rows = (int) ((columnTop - bottom) / LEADING);
                for (int col = 0; col < layout.columns() && at < lines.size(); col++) {
                    float x = MARGIN + col * (columnWidth + GUTTER);
                    for (int row = 0; row < rows && at < lines.size(); row++) {
                        String text = lines.get(at++);
                        if (!text.isBlank()) {
                            show(c, font, SIZE, x, columnTop - row * LEADING, text);
                        }
                    }
                }
            }
        }
        doc.getDocumentInformation().setTitle(layout.titleOnTop() ? null : title);
    }

    /** Sets the title across the page in large type; returns where the columns start. */
    private float title(PDPageContentStream c, String title, float top) throws IOException {
        float y = top;
        for (String line : wrap(title, PDRectangle.A4.getWidth() - 2 * MARGIN, bold, 16)) {
            show(c, bold, 16, MARGIN, y, line);
            y -= 20;
        }
        return y - 16;
    }

    /** Words set into lines of at most {@code width}; a long word that does not fit is hyphenated. */
    public List<String> wrap(String paragraph, float width) throws IOException {
        return wrap(paragraph, width, font, SIZE);
    }

    private List<String> wrap(String paragraph, float width, PDType1Font face, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(face, size, candidate) <= width || line.length() == 0 && word.length() < 9) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            String[] split = hyphenate(face, size, line.toString(), word, width);
            if (split != null) {
                lines.add(split[0]);
                line.setLength(0);
                line.append(split[1]);
            } else {
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String[] hyphenate(PDType1Font face, float size, String line, String word, float width) throws IOException {
        if (word.length() < 9 || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (int cut = word.length() - 4; cut >= 4; cut--) {
            String head = (line.isEmpty() ? "" : line + " ") + word.substring(0, cut) + "-";
            if (width(face, size, head) <= width) {
                return new String[] {head, word.substring(cut)};
            }
        }
        return null;
    }

    private static float width(PDType1Font face, float size, String s) throws IOException {
        return face.getStringWidth(s) / 1000 * size;
    }

    /** Sets one line of {@code text} with its baseline starting at ({@code x}, {@code y}). */
    public static void show(PDPageContentStream c, PDType1Font face, float size, float x, float y, String text) throws IOException {
        c.beginText();
        c.setFont(face, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    private boolean canShow(char c) {
        return encodable.computeIfAbsent(c, ch -> {
            try {
                font.encode(String.valueOf(ch));
                bold.encode(String.valueOf(ch));
                return !Character.isISOControl(ch);
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
