package io.litstream.ingest.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.pubmed.xml.PubmedRecord;
import io.litstream.ingest.pubmed.xml.PubmedXmlParser;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** JATS, PubMed XML and PDF reach the right reader by their content, and never go out as raw markup or binary. */
class StructuredFormatsTest {
    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final String JATS = """
            <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">
            <article article-type="review-article"><front><journal-meta><journal-title>Imaginary Reviews</journal-title></journal-meta>
            <article-meta><article-id pub-id-type="doi">10.5555/ir.7</article-id>
            <title-group><article-title>Exercise for low mood</article-title></title-group>
            <pub-date pub-type="epub"><day>2</day><month>5</month><year>2020</year></pub-date></article-meta></front>
            <body><sec><title>Findings</title><p>Regular walking eased mild depression in most of the trials reviewed.</p></sec></body></article>
            """;

    private final ArticleReader reader = new ArticleReader(1024 * 1024, Clock.fixed(NOW, ZoneOffset.UTC));

    private RawArticle accepted(ReadResult result) {
        return assertInstanceOf(ReadResult.Accepted.class, result, () -> "expected an article, got " + result).article();
    }

    private Rejection rejected(ReadResult result, DeadLetterReason reason) {
        Rejection r = assertInstanceOf(Rejection.class, result, () -> "expected a rejection, got " + result);
        assertEquals(reason, r.reason(), r::toString);
        return r;
    }

    @Test
    void aJatsArticleIsReadAsBlocksNotAsItsMarkup() {
        RawArticle a = accepted(reader.read("inbox/PMC1.nxml", SourceKind.DIRECTORY, "PMC1.nxml", JATS.getBytes(UTF_8)));
        assertEquals("jats", a.format());
        assertEquals("doi:10.5555/ir.7", a.id());
        assertEquals("Exercise for low mood", a.title());
        assertEquals(java.time.LocalDate.of(2020, 5, 2), a.published());
        assertEquals(2020, a.year());
        assertEquals("Imaginary Reviews", a.journal());
        assertEquals("review-article", a.articleType());
        assertEquals(List.of(ArticleBlock.heading(1, "Exercise for low mood"), ArticleBlock.heading(2, "Findings"),
                ArticleBlock.of(ArticleBlock.Type.PARAGRAPH,
                        "Regular walking eased mild depression in most of the trials reviewed.")), a.blocks());
        assertEquals(String.join("\n\n", a.blocks().stream().map(ArticleBlock::text).toList()), a.text());
        assertTrue(!a.text().contains("<") && !a.text().contains("DOCTYPE"), a.text());
    }

    @Test
    void jatsIsRecognisedByContentWhateverTheFileIsCalled() {
        for (String name : List.of("fullTextXML", "article.txt", "download.html")) {
            assertEquals("jats", accepted(reader.read("x", SourceKind.URL, name, JATS.getBytes(UTF_8))).format(), name);
        }
    }

    @Test
    void aPubmedRecordSavedToAFileIsReadAsTheSameRecordFetched() throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/io/litstream/ingest/pubmed/efetch.xml")) {
            xml = in.readAllBytes();
        }
        String one = new String(xml, UTF_8);
        // Keep the first record only: one file, one article.
        int second = one.indexOf("<PubmedArticle>", one.indexOf("</PubmedArticle>"));
        if (second > 0) {
            one = one.substring(0, second) + "</PubmedArticleSet>\n";
        }
        byte[] saved = one.getBytes(UTF_8);
        PubmedRecord fetched = new PubmedXmlParser().parse(saved).get(0);
        RawArticle fromFile = accepted(reader.read("inbox/record.xml", SourceKind.DIRECTORY, "record.xml", saved));
        RawArticle fromEutils = fetched.toRawArticle(NOW);
        assertEquals(fromEutils.id(), fromFile.id());
        assertEquals(fromEutils.text(), fromFile.text());
        assertEquals(fromEutils.publicationTypes(), fromFile.publicationTypes());
        assertEquals("inbox/record.xml", fromFile.source());
        assertEquals(SourceKind.DIRECTORY, fromFile.sourceKind());
    }

    @Test
    void aPubmedFileHoldingSeveralRecordsSaysSoInsteadOfKeepingOne() throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/io/litstream/ingest/pubmed/efetch.xml")) {
            xml = in.readAllBytes();
        }
        int records = new PubmedXmlParser().parse(xml).size();
        assertTrue(records > 1, "the E-utilities sample holds several records");
        ReadResult result = reader.read("inbox/efetch.xml", SourceKind.DIRECTORY, "efetch.xml", xml);
        assertTrue(rejected(result, DeadLetterReason.UNREADABLE).detail().contains(records + " records"));
    }

    @Test
    void aPdfIsReadNotDeadLetteredAsBinary() throws IOException {
        RawArticle a = accepted(reader.read("inbox/paper.bin", SourceKind.DIRECTORY, "paper.bin", onePagePdf()));
        assertEquals("pdf", a.format());
        assertTrue(a.text().contains("Walking eased low mood in a small trial."), a.text());
        assertNotNull(a.blocks());
    }

    @Test
    void textThatMentionsThePdfHeaderIsStillText() {
        String note = "A note on file formats: every PDF starts with %PDF- and a version number, and walking eased"
                + " low mood in a small trial of adults who kept notes of their walks in plain text files.";
        assertEquals("text", accepted(reader.read("x", SourceKind.DIRECTORY, "note.txt", note.getBytes(UTF_8))).format());
    }

    @Test
    void aBrokenPdfIsUnreadable() throws IOException {
        byte[] pdf = onePagePdf();
        rejected(reader.read("x", SourceKind.DIRECTORY, "paper.pdf", Arrays.copyOf(pdf, 40)), DeadLetterReason.UNREADABLE);
    }

    @Test
    void aFileNamedPdfThatIsNoPdfIsUnreadable() {
        Rejection r = rejected(reader.read("x", SourceKind.DIRECTORY, "paper.pdf", "just text".getBytes(UTF_8)),
                DeadLetterReason.UNREADABLE);
        assertTrue(r.detail().contains("%PDF-"), r.detail());
    }

    @Test
    void xmlThatIsNeitherJatsNorPubmedIsUnreadable() {
        Rejection r = rejected(reader.read("x", SourceKind.DIRECTORY, "notes.xml",
                "<?xml version=\"1.0\"?><catalog><book>Title</book></catalog>".getBytes(UTF_8)), DeadLetterReason.UNREADABLE);
        assertTrue(r.detail().contains("<catalog>"), r.detail());
    }

    @Test
    void xhtmlWithAnXmlPrologIsStillReadAsHtml() {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html><html><body><article><h1>Light and mood</h1>"
                + "<p>Bright light in the morning lifted winter mood for most volunteers in a small trial.</p></article></body></html>";
        assertEquals("html", accepted(reader.read("x", SourceKind.URL, "page.html", xhtml.getBytes(UTF_8))).format());
    }

    @Test
    void aJatsFileWithAnExternalEntityIsUnreadableAndNothingIsFetched() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM \"http://169.254.169.254/\">]>"
                + "<article><front><article-meta><title-group><article-title>&x;</article-title></title-group></article-meta></front></article>";
        Rejection r = rejected(reader.read("x", SourceKind.DIRECTORY, "evil.nxml", xxe.getBytes(UTF_8)), DeadLetterReason.UNREADABLE);
        assertTrue(r.detail().startsWith("malformed or unsafe JATS XML"), r.detail());
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.beginText();
                c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                c.newLineAtOffset(72, 700);
                c.showText("Walking eased low mood in a small trial.");
                c.endText();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
