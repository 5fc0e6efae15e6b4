package io.litstream.launcher.faults;

import io.litstream.aggregate.arm.CandidateTherapies;
import io.litstream.aggregate.contribution.Contributions;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.aggregate.summary.SummaryMath;
import io.litstream.extract.ArticleExtractor;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.summary.TherapySummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summaries a pipeline must end with, computed without Kafka: each file read as ingest reads
 * it, extracted by the same extractor, and every article's contributions folded once with the
 * aggregate's own {@link SummaryMath}.
 */
final class FromScratchSummaries {
    /** What a summary says about the evidence, without the times at which the pipeline saw it. */
    record Counts(long articles, Map<?, Long> claimsByType, Map<?, Long> claimsByPolarity,
                  Map<?, Long> claimsByEvidence, Map<String, Long> mechanisms, Object evidence, Double score,
                  String verdict, Map<String, Long> extractorVersions) {
        static Counts of(TherapySummary s) {
            return new Counts(s.articleCount(), new TreeMap<>(s.claimsByType()), new TreeMap<>(s.claimsByPolarity()),
                    new TreeMap<>(s.claimsByEvidence()), new TreeMap<>(s.mechanisms()), s.evidence(), s.score(),
                    s.verdict(), s.extractorVersions() == null ? null : new TreeMap<>(s.extractorVersions()));
        }
    }

    /** The article each readable file becomes, keyed by article id. */
    static Map<String, RawArticle> articles(List<Path> files) {
        ArticleReader reader = new ArticleReader();
        Map<String, RawArticle> out = new TreeMap<>();
        for (Path f : files) {
            // As the watched folder reads it: a file without a DOI, PMID or PMC id is known by its path there.
            if (!(reader.read(f.getParent(), f) instanceof ReadResult.Accepted a)) {
                throw new IllegalStateException(f + " is not a readable article");
            }
            out.put(a.article().id(), a.article());
        }
        return out;
    }

    /** Therapy id to the counts of its summary, over {@code articles}. */
    static Map<String, Counts> summaries(Iterable<RawArticle> articles) {
        ArticleExtractor extractor = ArticleExtractor.create();
        Map<String, TherapySummary> summaries = new TreeMap<>();
        for (RawArticle article : articles) {
            ArticleExtraction x = extractor.extract(article);
            for (TherapyContribution c : Contributions.of(article.id(), x).values()) {
                summaries.put(c.therapyId(), SummaryMath.add(summaries.getOrDefault(c.therapyId(), SummaryMath.empty()), c));
            }
        }
        Map<String, Counts> out = new TreeMap<>();
        // An unmapped arm is a therapy only while it recurs in enough articles (the aggregate's rule).
        summaries.forEach((id, s) -> {
            if (!CandidateTherapies.isCandidate(id) || s.articleCount() >= CandidateTherapies.DEFAULT_PROMOTE_AFTER) {
                out.put(id, Counts.of(s));
            }
        });
        return out;
    }

    private FromScratchSummaries() {
    }
}
