package io.litstream.launcher.demo;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.summary.TherapySummary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders therapy summaries as a fixed-width text table for a terminal. */
public final class SummaryTable {
    private static final String FORMAT = "%-30s %-18s %8s %5s %6s  %-11s  %-9s  %-11s  %s%n";

    private SummaryTable() {
    }

    public static String render(List<TherapySummary> summaries) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(FORMAT, "THERAPY", "TYPE", "ARTICLES", "SCORE", "CLAIMS", "E/S/M/R", "+/-/0", "BEST EVIDENCE",
                "TOP MECHANISMS"));
        summaries.stream()
                .sorted(Comparator.comparingLong(TherapySummary::articleCount).reversed()
                        .thenComparing(TherapySummary::therapyId))
                .forEach(s -> out.append(String.format(FORMAT,
                        clip(s.name(), 30),
                        clip(s.category() == null ? "" : s.category(), 18),
                        s.articleCount(),
                        s.score() == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f", s.score()),
                        s.claimsByType().values().stream().mapToLong(Long::longValue).sum(),
                        byType(s.claimsByType()),
                        byPolarity(s.claimsByPolarity()),
                        bestEvidence(s.claimsByEvidence()),
                        topMechanisms(s.mechanisms()))));
        out.append(String.format("%d therapies%n", summaries.size()));
        return out.toString();
    }

    private static String byType(Map<ClaimType, Long> m) {
        return Arrays.stream(ClaimType.values()).map(t -> Long.toString(m.getOrDefault(t, 0L)))
                .collect(Collectors.joining("/"));
    }

    private static String byPolarity(Map<Polarity, Long> m) {
        return m.getOrDefault(Polarity.SUPPORTS, 0L) + "/" + m.getOrDefault(Polarity.REFUTES, 0L) + "/"
                + m.getOrDefault(Polarity.NO_EFFECT, 0L);
    }

    private static String bestEvidence(Map<EvidenceLevel, Long> m) {
        return m.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt((Map.Entry<EvidenceLevel, Long> e) -> e.getKey().rank()))
                .map(e -> e.getKey().name()).orElse("-");
    }

    private static String topMechanisms(Map<String, Long> m) {
        String s = m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(Map.Entry::getKey).collect(Collectors.joining(", "));
        return s.isEmpty() ? "-" : s;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
