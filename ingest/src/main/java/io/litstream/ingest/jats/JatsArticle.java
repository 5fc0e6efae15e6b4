package io.litstream.ingest.jats;

import io.litstream.ingest.clean.BlockJoin;
import io.litstream.topics.article.ArticleBlock;
import java.time.LocalDate;
import java.util.List;

/**
 * One JATS article as read from its {@code <front>} and {@code <body>}.
 *
 * @param title       {@code article-title}, inline markup flattened; null when absent
 * @param doi         lower-case DOI, or null
 * @param pmid        PubMed id, or null
 * @param pmcid       PubMed Central id ({@code PMC...}), or null
 * @param published   the electronic (else print) publication date when it has a day, else null
 * @param year        the citation year: the (print, collection) when given, else the electronic one
 * @param journal     the journal's title, or null
 * @param articleType the root's {@code article-type} ({@code research-article}, {@code review-article} ...), or null
 * @param language    the root's {@code xml:lang} as an ISO 639-1 code, or null
 * @param blocks      title heading, abstract and body in reading order
 */
public record JatsArticle(String title, String doi, String pmid, String pmcid, LocalDate published, Integer year,
                          String journal, String articleType, String language, List<ArticleBlock> blocks) {
    public JatsArticle {
        blocks = List.copyOf(blocks);
    }

    /** The blocks' texts as every reader joins them: blank lines between blocks, list items on consecutive lines. */
    public String text() {
        return BlockJoin.text(blocks);
    }
}
