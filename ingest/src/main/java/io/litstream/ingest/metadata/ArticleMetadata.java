package io.litstream.ingest.metadata;

/**
 * What could be learned about an article besides its text. Every field may be {@code null}.
 *
 * @param title the article title
 * @param doi   DOI, lower case, without resolver prefix
 * @param pmid  PubMed id (digits)
 * @param pmcid PubMed Central id ({@code PMC} followed by digits)
 * @param year  publication year
 * @param url   canonical URL
 */
public record ArticleMetadata(String title, String doi, String pmid, String pmcid, Integer year, String url) {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null);

    /** This metadata with the gaps filled from {@code other}. */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(
                title != null ? title : other.title,
                doi != null ? doi : other.doi,
                pmid != null ? pmid : other.pmid,
                pmcid != null ? pmcid : other.pmcid,
                year != null ? year : other.year,
                url != null ? url : other.url);
    }
}
