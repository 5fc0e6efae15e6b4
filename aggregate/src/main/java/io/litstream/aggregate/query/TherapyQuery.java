package io.litstream.aggregate.query;

import io.litstream.aggregate.score.StrongestSupport;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.summary.TherapySummary;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The filters and order of {@code GET /therapies}.
 *
 * @param sort     {@code articles} (default: most articles first), {@code score} (highest first) or
 *                 {@code name} (A to Z); ties by therapy id
 * @param minScore keep therapies scoring at least this; null for no limit
 * @param evidence keep therapies whose strongest supporting evidence ranks at least this high
 *                 (REGULATORY above CLINICAL and REVIEW, above PRECLINICAL, above UNSPECIFIED);
 *                 null for no limit
 * @param type     keep therapies of this category (DRUG, PROCEDURE, ...; case-insensitive); null for all
 * @param ids      keep therapies carrying each of these outside ids, namespace ({@code mesh},
 *                 {@code drugbank}, {@code chebi}, {@code go}) to id ({@code D007649}); empty for all
 */
public record TherapyQuery(Sort sort, Double minScore, EvidenceLevel evidence, String type, Map<String, String> ids) {
    /** The orders {@code sort} accepts. */
    public enum Sort { ARTICLES, SCORE, NAME }

    private static final Comparator<TherapySummary> BY_ID =
            Comparator.comparing(TherapySummary::therapyId, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The outside id namespaces a therapy can be found by, with the format each id has. */
    private static final Map<String, Pattern> ID_FORMATS = Map.of("mesh", EntityIds.MESH,
            "drugbank", EntityIds.DRUGBANK, "chebi", EntityIds.CHEBI, "go", EntityIds.GO);

    /** Everything, most articles first. */
    public static final TherapyQuery ALL = new TherapyQuery(Sort.ARTICLES, null, null, null, Map.of());

    public TherapyQuery {
        ids = ids == null ? Map.of() : Map.copyOf(ids);
    }

    /** Without outside-id filters. */
    public TherapyQuery(Sort sort, Double minScore, EvidenceLevel evidence, String type) {
        this(sort, minScore, evidence, type, Map.of());
    }

    /**
     * Reads the query parameters {@code sort}, {@code minScore}, {@code evidence}, {@code type} and
     * the outside ids {@code mesh}, {@code drugbank}, {@code chebi}, {@code go}.
     *
     * @throws IllegalArgumentException with a message for the client when one is malformed
     */
    public static TherapyQuery parse(Map<String, String> params) {
        Sort sort = Sort.ARTICLES;
        String s = params.get("sort");
        if (s != null && !s.isBlank()) {
            try {
                sort = Sort.valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sort must be one of score, articles, name; was " + s);
            }
        }
        Double minScore = null;
        String m = params.get("minScore");
        if (m != null && !m.isBlank()) {
            try {
                minScore = Double.parseDouble(m.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("minScore must be a number between 0 and 1; was " + m);
            }
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new IllegalArgumentException("minScore must be between 0 and 1; was " + m);
            }
        }
        EvidenceLevel evidence = null;
        String e = params.get("evidence");
        if (e != null && !e.isBlank()) {
            try {
                evidence = EvidenceLevel.valueOf(e.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException("evidence must be one of " + List.of(EvidenceLevel.values())
                        + "; was " + e);
            }
        }
        String type = params.get("type");
        return new TherapyQuery(sort, minScore, evidence, type == null || type.isBlank() ? null : type.trim(),
                ids(params));
    }

    private static Map<String, String> ids(Map<String, String> params) {
        Map<String, String> ids = new TreeMap<>();
        ID_FORMATS.forEach((namespace, format) -> {
            String id = params.get(namespace);
            if (id != null && !id.isBlank()) {
                String canonical = id.trim().toUpperCase(Locale.ROOT);
                if (!format.matcher(canonical).matches()) {
                    throw new IllegalArgumentException(namespace + " must look like " + format.pattern() + "; was " + id);
                }
                ids.put(namespace, canonical);
            }
        });
        return ids;
    }

    /** The summaries that pass the filters, in the requested order. */
    public List<TherapySummary> apply(Collection<TherapySummary> summaries) {
        return summaries.stream().filter(this::keeps).sorted(order()).toList();
    }

    private boolean keeps(TherapySummary s) {
        if (minScore != null && score(s) < minScore) {
            return false;
        }
        if (evidence != null && StrongestSupport.of(s).map(l -> l.rank() < evidence.rank()).orElse(true)) {
            return false;
        }
        if (type != null && !type.equalsIgnoreCase(s.category())) {
            return false;
        }
        return ids.entrySet().stream().allMatch(id -> s.ids() != null && s.ids().has(id.getKey(), id.getValue()));
    }

    private Comparator<TherapySummary> order() {
        return switch (sort) {
            case ARTICLES -> Comparator.comparingLong(TherapySummary::articleCount).reversed().thenComparing(BY_ID);
            case SCORE -> Comparator.comparingDouble(TherapyQuery::score).reversed()
                    .thenComparing(Comparator.comparingLong(TherapySummary::articleCount).reversed())
                    .thenComparing(BY_ID);
            case NAME -> Comparator.comparing((TherapySummary s) -> s.name() == null ? s.therapyId() : s.name(),
                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)).thenComparing(BY_ID);
        };
    }

    private static double score(TherapySummary s) {
        return s.score() == null ? 0.0 : s.score();
    }
}
