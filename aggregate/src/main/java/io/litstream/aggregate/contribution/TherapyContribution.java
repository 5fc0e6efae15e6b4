package io.litstream.aggregate.contribution;

import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.summary.ClaimProvenance;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one article says about one therapy: the unit the summaries are added from and
 * subtracted by. Keyed {@link #keyOf(String, String) therapyId|articleId} on the internal
 * contributions table, so that a new version of the article replaces exactly this record.
 *
 * @param articleId   the article
 * @param therapyId   canonical therapy id
 * @param therapyName canonical therapy name
 * @param category    therapy type, when the extraction listed the therapy
 * @param title       article title, for provenance
 * @param source      where the article was read, for provenance
 * @param url         canonical URL, when known
 * @param extractedAt when the article was extracted
 * @param claims      the article's claims about this therapy, in sentence order
 * @param mechanisms  mechanism ids this article links to this therapy, sorted, distinct
 *                    (the rule is in {@link Contributions})
 * @param extractorVersion the extractor version that produced the article's extraction
 * @param ids         the therapy's outside ids as the extraction gave them, or null
 * @param design      the design of the study the article reports, or null when the extraction
 *                    did not say (and in contributions written before designs were carried)
 * @param sampleSize  how many the article's study randomised (else analysed), or null
 */
public record TherapyContribution(
        String articleId,
        String therapyId,
        String therapyName,
        String category,
        String title,
        String source,
        String url,
        Instant extractedAt,
        List<ClaimProvenance> claims,
        List<String> mechanisms,
        String extractorVersion,
        EntityIds ids,
        StudyDesign design,
        Integer sampleSize) {

    /** Separates therapy and article in the table key; canonical therapy ids never contain it. */
    public static final char KEY_SEPARATOR = '|';

    public TherapyContribution {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(therapyId, "therapyId");
        claims = claims == null ? List.of() : List.copyOf(claims);
        // Sorted and distinct, so that the same article always yields an equal record.
        mechanisms = mechanisms == null ? List.of() : mechanisms.stream().distinct().sorted().toList();
    }

    /** A contribution without study design or sample size, as written before they were carried. */
    public TherapyContribution(String articleId, String therapyId, String therapyName, String category, String title,
                               String source, String url, Instant extractedAt, List<ClaimProvenance> claims,
                               List<String> mechanisms, String extractorVersion, EntityIds ids) {
        this(articleId, therapyId, therapyName, category, title, source, url, extractedAt, claims, mechanisms,
                extractorVersion, ids, null, null);
    }

    /** A contribution without outside ids, as extracted before they existed. */
    public TherapyContribution(String articleId, String therapyId, String therapyName, String category, String title,
                               String source, String url, Instant extractedAt, List<ClaimProvenance> claims,
                               List<String> mechanisms, String extractorVersion) {
        this(articleId, therapyId, therapyName, category, title, source, url, extractedAt, claims, mechanisms,
                extractorVersion, null, null, null);
    }

    /** A contribution without a known extractor version. */
    public TherapyContribution(String articleId, String therapyId, String therapyName, String category, String title,
                               String source, String url, Instant extractedAt, List<ClaimProvenance> claims,
                               List<String> mechanisms) {
        this(articleId, therapyId, therapyName, category, title, source, url, extractedAt, claims, mechanisms, null, null,
                null, null);
    }

    /** The contributions-table key of this therapy in this article. */
    public static String keyOf(String therapyId, String articleId) {
        return therapyId + KEY_SEPARATOR + articleId;
    }

    /** The therapy id of a contributions-table key ({@link #keyOf}). */
    public static String therapyOf(String key) {
        int separator = key.indexOf(KEY_SEPARATOR);
        return separator < 0 ? key : key.substring(0, separator);
    }
}
