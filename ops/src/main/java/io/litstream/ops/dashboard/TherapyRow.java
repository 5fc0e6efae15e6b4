package io.litstream.ops.dashboard;

import io.litstream.aggregate.score.StrongestSupport;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.summary.TherapySummary;
import java.time.Instant;

/**
 * One line of the dashboard's therapy table.
 *
 * @param evidence the strongest evidence level among the supporting articles, absent without support
 */
public record TherapyRow(String id, String name, String category, Double score, String evidence, long articles,
                         Instant lastUpdated, String verdict) {
    public static TherapyRow of(TherapySummary s) {
        return new TherapyRow(s.therapyId(), s.name(), s.category(), s.score(),
                StrongestSupport.of(s).map(EvidenceLevel::name).orElse(null), s.articleCount(), s.lastSeen(),
                s.verdict());
    }
}
