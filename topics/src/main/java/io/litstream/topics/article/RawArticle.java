package io.litstream.topics.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One article as ingest publishes it to {@code litstream.articles.raw}, keyed by {@link #id()}.
 *
 * <p>The id is stable across re-ingestion (DOI, then PMID, then PMC id, then a hash of the
 * cleaned text), so the same article read twice lands on the same key and downstream tables
 * replace rather than add. A {@code null} value under an id is a retraction.
 *
 * @param id          stable article id: {@code doi:10.1000/x}, {@code pmid:123}, {@code pmc:PMC1}, else {@code file:<folder>/<path>}, {@code url:<canonical URL>} or {@code sha256:...}
 * @param source      where it was read: a file path or URL
 * @param sourceKind  which kind of source produced it
 * @param format      the original format: {@code html}, {@code text}, {@code markdown}, {@code jats} or {@code pdf};
 *                    {@code ctgov} for a ClinicalTrials.gov study
 * @param title       the title, when one could be found
 * @param text        cleaned plain text; paragraphs separated by blank lines
 * @param url         canonical URL, when known
 * @param doi         DOI without the {@code https://doi.org/} prefix, lower case
 * @param pmid        PubMed id
 * @param pmcid       PubMed Central id ({@code PMC...})
 * @param year        publication year, when visible
 * @param contentHash SHA-256 (hex) of {@link #text()}: tells a changed article from a re-read one
 * @param ingestedAt  when ingest read it
 * @param publicationTypes what PubMed says the article is ("Randomized Controlled Trial",
 *                    "Meta-Analysis", ...), or null when the source does not say (every source
 *                    but PubMed): the extractor's article-level evidence reads them first
 * @param blocks      the article as typed blocks in reading order (headings with their level,
 *                    paragraphs, list items, tables, captions, quotes), when the source's markup
 *                    shows them; null for plain text and for records written before blocks
 *                    existed, where {@link #text()} is all there is
 * @param published   the publication date, when the source states one
 * @param language    the article's language as an ISO 639-1 code ({@code en}), as ingest detected it
 * @param journal     the journal's title, when the source names it (JATS {@code <journal-title>}, PubMed)
 * @param articleType what the journal calls the article ({@code research-article}, {@code review-article},
 *                    {@code case-report} ...: JATS {@code article-type}), when stated
 */
public record RawArticle(
        String id,
        String source,
        SourceKind sourceKind,
        String format,
        String title,
        String text,
        String url,
        String doi,
        String pmid,
        String pmcid,
        Integer year,
        String contentHash,
        Instant ingestedAt,
        List<String> publicationTypes,
        List<ArticleBlock> blocks,
        LocalDate published,
        String language,
        String journal,
        String articleType) {

    public RawArticle {
        publicationTypes = publicationTypes == null || publicationTypes.isEmpty() ? null : List.copyOf(publicationTypes);
        blocks = blocks == null || blocks.isEmpty() ? null : List.copyOf(blocks);
    }

    /** An article whose source names no journal or article type (every source but JATS and PubMed). */
    public RawArticle(String id, String source, SourceKind sourceKind, String format, String title, String text,
                      String url, String doi, String pmid, String pmcid, Integer year, String contentHash,
                      Instant ingestedAt, List<String> publicationTypes, List<ArticleBlock> blocks,
                      LocalDate published, String language) {
        this(id, source, sourceKind, format, title, text, url, doi, pmid, pmcid, year, contentHash, ingestedAt,
                publicationTypes, blocks, published, language, null, null);
    }

    /** An article without blocks, date or language (as every record written before they existed). */
    public RawArticle(String id, String source, SourceKind sourceKind, String format, String title, String text,
                      String url, String doi, String pmid, String pmcid, Integer year, String contentHash,
                      Instant ingestedAt, List<String> publicationTypes) {
        this(id, source, sourceKind, format, title, text, url, doi, pmid, pmcid, year, contentHash, ingestedAt,
                publicationTypes, null, null, null);
    }

    /** An article from a source that does not state publication types. */
    public RawArticle(String id, String source, SourceKind sourceKind, String format, String title, String text,
                      String url, String doi, String pmid, String pmcid, Integer year, String contentHash,
                      Instant ingestedAt) {
        this(id, source, sourceKind, format, title, text, url, doi, pmid, pmcid, year, contentHash, ingestedAt,
                null, null, null, null);
    }

    /** This article under canonical URL {@code url}. */
    public RawArticle withUrl(String url) {
        return new RawArticle(id, source, sourceKind, format, title, text, url, doi, pmid, pmcid, year, contentHash,
                ingestedAt, publicationTypes, blocks, published, language, journal, articleType);
    }

    /** The kinds of place an article can come from. */
    public enum SourceKind { DIRECTORY, FEED, URL, PUBMED }
}
