package io.litstream.ingest.pdf;

import io.litstream.ingest.metadata.Identifiers;
import io.litstream.ingest.metadata.PublishedDates;
import io.litstream.ingest.metadata.Years;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Title, DOI and publication date of a PDF: from its document information dictionary, its XMP
 * metadata (Dublin Core title, PRISM's DOI and dates, as journals write them), else from the first
 * page. XMP is searched with patterns rather than parsed, so its XML is never given to a parser.
 * The document information's creation date is not used: it is when the file was made (printing
 * a web page makes today's), not when the article was published.
 */
record PdfMetadata(String title, String doi, LocalDate published, Integer year) {
    /** More XMP than this is not looked at. */
    private static final int XMP_LIMIT = 512 * 1024;
    private static final Pattern XMP_TITLE = Pattern.compile("<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", Pattern.DOTALL);
    private static final Pattern XMP_DOI = Pattern.compile("prism:doi(?:>|=\")([^<\"]+)");
    private static final Pattern XMP_DATE = Pattern.compile(
            "prism:(?:publicationDate|coverDate|onlineDate)(?:[^>]*>|=\")([^<\"]+)");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)published(?: online)?\\s*[:\uff1a]?\\s*(.{6,40})");
    private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(docx?|pdf|tex|dvi|indd|rtf|odt|qxd)$|^microsoft word\\b.*|^untitled\\b.*|^\\S*[_.]\\S*$");

    static PdfMetadata of(PDDocument doc, String firstPageTitle, String firstPageText) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String xmp = xmp(doc);
        String title = plausibleTitle(info.getTitle())
                .or(() -> plausibleTitle(first(XMP_TITLE, xmp)))
                .orElse(firstPageTitle);
        String doi = Identifiers.normaliseDoi(first(XMP_DOI, xmp))
                .or(() -> Identifiers.doi(nullToEmpty(info.getSubject()) + " " + nullToEmpty(info.getKeywords())))
                .or(() -> Identifiers.doi(firstPageText))
                .orElse(null);
        LocalDate published = PublishedDates.parse(first(XMP_DATE, xmp)).or(() -> statedOnPage(firstPageText)).orElse(null);
        Integer year = published != null ? Integer.valueOf(published.getYear()) : Years.fromText(firstPageText).orElse(null);
        return new PdfMetadata(title, doi, published, year);
    }

    private static Optional<LocalDate> statedOnPage(String text) {
        Matcher m = PUBLISHED.matcher(text);
        return m.find() ? PublishedDates.parse(m.group(1)) : Optional.empty();
    }

    private static Optional<String> plausibleTitle(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String t = unescape(raw).replaceAll("\\s+", " ").strip();
        if (t.length() < 4 || t.length() > 400 || FILE_NAME.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    private static String xmp(PDDocument doc) {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return "";
        }
        try (InputStream in = metadata.createInputStream()) {
            return new String(in.readNBytes(XMP_LIMIT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? unescape(m.group(1)).strip() : null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
