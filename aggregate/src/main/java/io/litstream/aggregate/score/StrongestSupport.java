package io.litstream.aggregate.score;

import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.summary.TherapySummary;
import java.util.Map;
import java.util.Optional;

/** The strongest evidence level among a therapy's supporting articles: its evidence level, in short. */
public final class StrongestSupport {
    private StrongestSupport() {
    }

    /** Empty without support; between levels of equal rank (CLINICAL, REVIEW) the primary study wins. */
    public static Optional<EvidenceLevel> of(TherapySummary summary) {
        if (summary.evidence() == null) {
            return Optional.empty();
        }
        return summary.evidence().supportingArticles().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .max((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank())
                        : Integer.compare(b.ordinal(), a.ordinal()));
    }
}
