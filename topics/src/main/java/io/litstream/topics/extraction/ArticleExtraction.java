package io.litstream.topics.extraction;

import java.time.Instant;
import java.util.List;

/**
 * What extract found in one article, published to {@code litstream.articles.extracted} keyed by
 * the article id. A {@code null} value is a retraction and removes the article from summaries.
 *
 * @param articleId        the raw article's stable id
 * @param source           where the article was read (path or URL), for provenance
 * @param title            the article title, for provenance
 * @param url              canonical URL, when known
 * @param year             publication year, when known
 * @param extractorVersion which extractor produced this record
 * @param extractedAt      when
 * @param therapies        therapies mentioned, one entry per canonical therapy
 * @param mechanisms       mechanisms mentioned, one entry per canonical mechanism
 * @param claims           findings, each tied to a therapy and a sentence
 * @param sentenceCount    sentences read
 * @param tokenCount       tokens read
 * @param arms             the trial arms the intervention tagger found, in text order; null when it
 *                         found none, did not run, or the record was written before arms existed
 * @param design           the design of the study the article reports (or the kind of review it is);
 *                         null in records written before designs were read
 * @param sampleSize       how many were randomised, else analysed, when the article says; else null
 */
public record ArticleExtraction(
        String articleId,
        String source,
        String title,
        String url,
        Integer year,
        String extractorVersion,
        Instant extractedAt,
        List<FoundEntity> therapies,
        List<FoundEntity> mechanisms,
        List<Claim> claims,
        int sentenceCount,
        int tokenCount,
        List<TrialArm> arms,
        StudyDesign design,
        Integer sampleSize) {
    public ArticleExtraction {
        therapies = List.copyOf(therapies);
        mechanisms = List.copyOf(mechanisms);
        claims = List.copyOf(claims);
        arms = arms == null || arms.isEmpty() ? null : List.copyOf(arms);
    }

    /** An extraction without trial arms. */
    public ArticleExtraction(String articleId, String source, String title, String url, Integer year,
                             String extractorVersion, Instant extractedAt, List<FoundEntity> therapies,
                             List<FoundEntity> mechanisms, List<Claim> claims, int sentenceCount, int tokenCount) {
        this(articleId, source, title, url, year, extractorVersion, extractedAt, therapies, mechanisms, claims,
                sentenceCount, tokenCount, null);
    }

    /** An extraction with trial arms but without a study design or sample size. */
    public ArticleExtraction(String articleId, String source, String title, String url, Integer year,
                             String extractorVersion, Instant extractedAt, List<FoundEntity> therapies,
                             List<FoundEntity> mechanisms, List<Claim> claims, int sentenceCount, int tokenCount,
                             List<TrialArm> arms) {
        this(articleId, source, title, url, year, extractorVersion, extractedAt, therapies, mechanisms, claims,
                sentenceCount, tokenCount, arms, null, null);
    }

    /** The arms, or an empty list when there are none. */
    public List<TrialArm> armsOrEmpty() {
        return arms == null ? List.of() : arms;
    }
}
