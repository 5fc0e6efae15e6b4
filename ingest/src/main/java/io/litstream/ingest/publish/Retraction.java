package io.litstream.ingest.publish;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An article that no longer counts: a PubMed record marked retracted, a retraction notice, an
 * entry of a retraction list, an operator's command. It names the article by what the notice
 * knows of it (an article id, a PMID, a DOI); the publisher resolves those to the ids it
 * published the article under ({@code first:pmid:} and {@code first:doi:} in the state) and
 * sends one tombstone per id.
 *
 * @param articleId       an article id ({@code pmid:...}, {@code doi:...}, {@code sha256:...}), or {@code null}
 * @param pmid            the retracted article's PMID, or {@code null}
 * @param doi             its DOI, or {@code null}
 * @param source          where the article was read from (a deleted file's path), resolved to the
 *                        id last published from there; or {@code null}
 * @param reason          why, for the log and the tombstone's header ("PubMed: Retracted Publication")
 * @param evenUnpublished tombstone the named ids even when ingest never published them (a notice:
 *                        another ingester, or an older state, may have); {@code false} for a list
 *                        consulted against what was published
 */
public record Retraction(String articleId, String pmid, String doi, String source, String reason,
                         boolean evenUnpublished) {
    public Retraction {
        articleId = blankToNull(articleId);
        source = blankToNull(source);
        pmid = blankToNull(pmid);
        doi = blankToNull(doi) == null ? null : doi.strip().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(reason, "reason");
        if (articleId == null && pmid == null && doi == null && source == null) {
            throw new IllegalArgumentException("a retraction must name an article id, a PMID, a DOI or a source");
        }
    }

    /** A notice retracting the article with this PMID (and DOI, when known). */
    public static Retraction ofPubmed(String pmid, String doi, String reason) {
        return new Retraction(null, pmid, doi, null, reason, true);
    }

    /**
     * An operator's retraction of one article id; a {@code pmid:} or {@code doi:} id also reaches
     * the id the article was published under, if that was another.
     */
    public static Retraction ofArticle(String articleId, String reason) {
        String id = Objects.requireNonNull(articleId, "articleId").strip();
        return new Retraction(id, after(id, "pmid:"), after(id, "doi:"), null, reason, true);
    }

    /** A PMID of a retraction list: retracts the article only if it was published. */
    public static Retraction ofListedPmid(String pmid, String reason) {
        return new Retraction(null, pmid, null, null, reason, false);
    }

    /** A file deleted from a watched folder: retracts what was last published from it. */
    public static Retraction ofDeletedFile(String path) {
        return new Retraction(null, null, null, path, "file deleted from a watched folder: " + path, false);
    }

    private static String after(String id, String prefix) {
        return id.startsWith(prefix) ? id.substring(prefix.length()) : null;
    }

    /** The ids the notice names directly: the article id, {@code pmid:}, {@code doi:}. */
    public Set<String> namedIds() {
        Set<String> ids = new LinkedHashSet<>();
        if (articleId != null) {
            ids.add(articleId);
        }
        if (pmid != null) {
            ids.add("pmid:" + pmid);
        }
        if (doi != null) {
            ids.add("doi:" + doi);
        }
        return ids;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
