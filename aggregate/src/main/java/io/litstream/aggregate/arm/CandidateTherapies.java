package io.litstream.aggregate.arm;

import io.litstream.topics.extraction.ArmNames;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.extraction.TrialArm;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trial arms that map to no known therapy, as candidate therapies: an {@code INTERVENTION} arm
 * with a {@link ArmNames name} is the candidate {@code arm:<name>} ("LED light boxes" →
 * {@code arm:led-light-box}), of category {@value #CATEGORY}, in an article that reports a trial
 * (its design randomised, crossover, open-label or non-randomised). Comparator and unknown-role
 * arms, arms that are nothing but generic words, and the "arms" of news pages, reviews and
 * articles of unknown design are never candidates: there the tagger's spans are mentions, not arms
 * (in the fault test's web corpus "the FDA", "phone", "suicide").
 *
 * <p>A candidate is counted like any therapy, through the contributions table, so an edit or a
 * retraction takes its article out exactly; it becomes a therapy with a published summary only
 * while at least {@code promoteAfter} distinct live articles name it (see {@code SummaryUpdater}).
 */
public final class CandidateTherapies {
    /** The id prefix of a candidate therapy. */
    public static final String ID_PREFIX = ArmNames.ID_PREFIX;
    /** The category of a therapy promoted from an arm: no lexicon says what kind it is. */
    public static final String CATEGORY = "UNCLASSIFIED";
    /** Distinct articles a candidate needs by default, as measured (docs/summaries.md). */
    public static final int DEFAULT_PROMOTE_AFTER = 3;

    /** The designs whose arms are trial arms. */
    private static final Set<StudyDesign> TRIALS = EnumSet.of(StudyDesign.RANDOMISED_CONTROLLED,
            StudyDesign.CROSSOVER, StudyDesign.OPEN_LABEL, StudyDesign.NON_RANDOMISED);

    private CandidateTherapies() {
    }

    /** Whether {@code therapyId} is a candidate's id. */
    public static boolean isCandidate(String therapyId) {
        return therapyId.startsWith(ID_PREFIX);
    }

    /** The candidate id an arm counts under, if it is a candidate. */
    public static Optional<String> idOf(TrialArm arm) {
        if (arm.role() != TrialArm.Role.INTERVENTION || arm.therapy() != null || arm.text() == null) {
            return Optional.empty();
        }
        return ArmNames.idOf(arm.text());
    }

    /** Candidate id → display name (the normalised name) of the article's unmapped intervention arms, sorted. */
    public static Map<String, String> of(ArticleExtraction extraction) {
        Map<String, String> out = new TreeMap<>();
        if (!TRIALS.contains(extraction.design())) {
            return out;
        }
        for (TrialArm arm : extraction.armsOrEmpty()) {
            idOf(arm).ifPresent(id -> out.putIfAbsent(id, id.substring(ID_PREFIX.length()).replace('-', ' ')));
        }
        return out;
    }
}
