package io.litstream.ingest.read;

import io.litstream.ingest.fetch.SafeXml;
import io.litstream.ingest.identity.ArticleId;
import io.litstream.ingest.identity.ContentHash;
import io.litstream.ingest.jats.JatsArticle;
import io.litstream.ingest.jats.JatsParser;
import io.litstream.ingest.metadata.Languages;
import io.litstream.ingest.pdf.PdfArticle;
import io.litstream.ingest.pdf.PdfLimits;
import io.litstream.ingest.pdf.PdfReader;
import io.litstream.ingest.pdf.PdfRejected;
import io.litstream.ingest.pubmed.xml.PubmedRecord;
import io.litstream.ingest.pubmed.xml.PubmedXmlParser;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.time.Instant;
import java.util.List;

/**
 * Reads the formats that carry their own structure straight from their bytes, without the text
 * decoding and cleaning of HTML and plain text: JATS XML, a PubMed record saved from E-utilities,
 * and PDF. Each becomes a {@link RawArticle} with typed blocks (JATS, PDF), or a rejection.
 */
final class StructuredReader {
    private final JatsParser jats = new JatsParser();
    private final PubmedXmlParser pubmed = new PubmedXmlParser();
    private final PdfReader pdf;

    /** Why a structured input could not become an article. */
    static final class Failed extends Exception {
        final DeadLetterReason reason;

        Failed(DeadLetterReason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }

    StructuredReader(PdfLimits pdfLimits) {
        this.pdf = new PdfReader(pdfLimits);
    }

    RawArticle read(Format format, String source, SourceKind kind, byte[] body, Instant now) throws Failed {
        return switch (format) {
            case JATS -> fromJats(source, kind, body, now);
            case PUBMED -> fromPubmed(source, kind, body, now);
            case PDF -> fromPdf(source, kind, body, now);
            default -> throw new IllegalArgumentException("not a structured format: " + format);
        };
    }

    private RawArticle fromJats(String source, SourceKind kind, byte[] body, Instant now) throws Failed {
        JatsArticle a;
        try {
            a = jats.parse(body);
        } catch (SafeXml.UnsafeOrMalformedXml e) {
            throw new Failed(DeadLetterReason.UNREADABLE, "malformed or unsafe JATS XML: " + e.getMessage());
        } catch (JatsParser.NotJats e) {
            throw new Failed(DeadLetterReason.UNREADABLE, e.getMessage());
        }
        String text = a.text();
        if (a.blocks().size() <= (a.title() == null ? 0 : 1)) {
            throw new Failed(DeadLetterReason.EMPTY_BODY, "JATS article with neither abstract nor body");
        }
        return new RawArticle(ArticleId.of(a.doi(), a.pmid(), a.pmcid(), text), source, kind, Format.JATS.wireName(),
                a.title(), text, null, a.doi(), a.pmid(), a.pmcid(), a.year(), ContentHash.of(text), now, null,
                a.blocks(), a.published(), a.language() != null ? a.language() : Languages.guess(text).orElse(null),
                a.journal(), a.articleType());
    }

    private RawArticle fromPubmed(String source, SourceKind kind, byte[] body, Instant now) throws Failed {
        List<PubmedRecord> records;
        try {
            records = pubmed.parse(body);
        } catch (SafeXml.UnsafeOrMalformedXml e) {
            throw new Failed(DeadLetterReason.UNREADABLE, "malformed or unsafe PubMed XML: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new Failed(DeadLetterReason.EMPTY_BODY, "PubMed XML without a PubmedArticle");
        }
        if (records.size() > 1) {
            // One file, one article: the others would be lost without a word.
            throw new Failed(DeadLetterReason.UNREADABLE, "PubMed XML holds " + records.size()
                    + " records; save one record per file (or ingest them with --pubmed)");
        }
        return records.get(0).toRawArticle(source, kind, now);
    }

    private RawArticle fromPdf(String source, SourceKind kind, byte[] body, Instant now) throws Failed {
        PdfArticle a;
        try {
            a = pdf.read(body);
        } catch (PdfRejected e) {
            throw new Failed(e.reason(), e.getMessage());
        }
        String text = a.text();
        if (text.isBlank()) {
            throw new Failed(DeadLetterReason.NO_TEXT_LAYER, "no text left after removing running headers and footers");
        }
        return new RawArticle(ArticleId.of(a.doi(), null, null, text), source, kind, Format.PDF.wireName(),
                a.title(), text, null, a.doi(), null, null, a.year(), ContentHash.of(text), now, null,
                a.blocks(), a.published(), Languages.guess(text).orElse(null));
    }
}
