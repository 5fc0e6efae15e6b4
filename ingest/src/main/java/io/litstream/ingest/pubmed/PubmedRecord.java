package io.litstream.ingest.pubmed;

import io.litstream.ingest.identity.ArticleId;
import io.litstream.ingest.identity.ContentHash;
import io.litstream.ingest.metadata.Languages;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One PubMed citation as read from E-utilities' PubMed XML. Holds more than a {@link RawArticle}
 * can carry today (authors, journal, publication types): {@link #toRawArticle} maps what fits.
 *
 * @param pmid             the PubMed id
 * @param doi              lower-case DOI, or {@code null}
 * @param pmcid            PubMed Central id ({@code PMC...}), or {@code null}
 * @param title            {@code ArticleTitle}
 * @param abstractSections the abstract's paragraphs, labelled ones as {@code "LABEL: text"}
 * @param authors          "ForeName LastName" or the collective name, in order
 * @param journal          the journal's full title
 * @param published        the most precise publication date given: {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}
 *                         (electronic {@code ArticleDate} first, else the issue's {@code PubDate}); or {@code null}
 * @param year             the publication year, or {@code null}
 * @param publicationTypes e.g. "Randomized Controlled Trial", "Systematic Review"
 * @param language         the {@code Language} code ({@code eng} ...), or {@code null}
 */
public record PubmedRecord(
        String pmid,
        String doi,
        String pmcid,
        String title,
        List<String> abstractSections,
        List<String> authors,
        String journal,
        String published,
        Integer year,
        List<String> publicationTypes,
        String language) {

    public PubmedRecord {
        abstractSections = List.copyOf(abstractSections);
        authors = List.copyOf(authors);
        publicationTypes = List.copyOf(publicationTypes);
    }

    /** The PubMed page of this record, which is also its source and URL. */
    public String pubmedUrl() {
        return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
    }

    /** Title, then the abstract's paragraphs, separated by blank lines. */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            parts.add(title.strip());
        }
        abstractSections.stream().filter(s -> !s.isBlank()).forEach(parts::add);
        return String.join("\n\n", parts);
    }

    /**
     * The article ingest publishes: id by the usual rules ({@code doi:} before {@code pmid:}); its
     * published date when PubMed gives a full one (a year or month alone stays in {@code year});
     * its language guessed from the text like every other source's (PubMed's {@code Language}
     * names the full text's, which may not be the abstract's).
     * No blocks yet: the text keeps the labels on their sections ({@code "METHODS: ..."}), which
     * the extractor's section rules read.
     */
    public RawArticle toRawArticle(Instant ingestedAt) {
        String text = text();
        return new RawArticle(ArticleId.of(doi, pmid, pmcid, text), pubmedUrl(), SourceKind.PUBMED, "text",
                title, text, pubmedUrl(), doi, pmid, pmcid, year, ContentHash.of(text), ingestedAt, publicationTypes,
                null, fullDate(published), Languages.guess(text).orElse(null));
    }

    private static LocalDate fullDate(String published) {
        try {
            return published != null && published.length() == 10 ? LocalDate.parse(published) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
