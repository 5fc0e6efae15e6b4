package io.litstream.ingest.read;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats ingest understands, announced by file name (an optional {@code .gz} is looked
 * through). The structured ones (JATS, PubMed XML, PDF) are also recognised by content, which
 * wins over the name: {@code .xml} announces JATS, but a PubMed record saved as {@code .xml} is
 * read as one.
 */
public enum Format {
    HTML("html"),
    TEXT("text"),
    MARKDOWN("markdown"),
    /** Journal Article Tag Suite XML: PubMed Central {@code .nxml}, Europe PMC, publishers. */
    JATS("jats"),
    /** A PubMed record ({@code PubmedArticleSet}) saved from E-utilities; published as the PubMed source publishes it. */
    PUBMED("text"),
    PDF("pdf");

    private final String wireName;

    Format(String wireName) {
        this.wireName = wireName;
    }

    /** The name {@code RawArticle.format} carries on the topic. */
    public String wireName() {
        return wireName;
    }

    /** The format a file name announces, or empty when ingest does not read that kind of file. */
    public static Optional<Format> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isGzipName(name)) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".xml") || name.endsWith(".nxml")) {
            return Optional.of(JATS);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** Whether the name says the file is gzip-compressed. */
    public static boolean isGzipName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
