package io.litstream.ingest.pdf;

import io.litstream.ingest.clean.BlockJoin;
import io.litstream.topics.article.ArticleBlock;
import java.time.LocalDate;
import java.util.List;

/**
 * The text and metadata read from one PDF.
 *
 * @param title     from the document information, the XMP metadata or the first page's largest type; or null
 * @param doi       lower-case DOI, or null
 * @param published the publication date XMP or the first page states, or null
 * @param year      the publication year, or null
 * @param pages     pages read
 * @param blocks    headings and paragraphs in reading order
 */
public record PdfArticle(String title, String doi, LocalDate published, Integer year, int pages,
                         List<ArticleBlock> blocks) {
    public PdfArticle {
        blocks = List.copyOf(blocks);
    }

    /** The blocks' texts as every reader joins them ({@link BlockJoin}). */
    public String text() {
        return BlockJoin.text(blocks);
    }
}
