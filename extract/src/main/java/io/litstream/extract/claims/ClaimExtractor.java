package io.litstream.extract.claims;

import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.extract.structure.Block;
import io.litstream.extract.structure.BlockKind;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StudyDesign;
import io.litstream.topics.extraction.TrialArm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article's annotated sentences into claims: for each sentence in a paragraph or list
 * item that states a finding ({@link ClaimRules}) about a therapy it names or refers back to
 * ({@link Attribution}), one claim per therapy and claim type, with the evidence kind read from
 * the sentence, else its paragraph, else its section heading and list lead-in, else the article
 * ({@link EvidenceRules}). Stateless and thread-safe; the per-article state lives in a local
 * {@link Attribution}.
 */
public final class ClaimExtractor {
    /** Longer "sentences" are tables or run-on page text, not statements of a finding. */
    /** Where a sentence turns from one finding to a contrasting one. */
    private static final Pattern CONTRAST = Pattern.compile(
            ";|,?\\s+(?:but|whereas|while|although|though|however|in contrast|yet)\\b", Pattern.CASE_INSENSITIVE);
    /** Designs that compare a trial's arms. */
    private static final Set<StudyDesign> TRIALS = EnumSet.of(StudyDesign.RANDOMISED_CONTROLLED, StudyDesign.CROSSOVER,
            StudyDesign.NON_RANDOMISED);
    private final ClaimRules rules = new ClaimRules();
    private final EvidenceRules evidence = new EvidenceRules();
    private final FindingFilter findings = new FindingFilter();
    private final StudyDesignRules designs = new StudyDesignRules();
    private final ClaimStructure structure = new ClaimStructure();

    /**
     * An article's claims with the design of the study it reports and its sample size.
     *
     * @param sampleSize null when the article does not say
     */
    public record ArticleFindings(List<Claim> claims, StudyDesign design, Integer sampleSize) {
        public ArticleFindings {
            claims = List.copyOf(claims);
        }
    }

    /**
     * The claims of one article.
     *
     * @param sentences every sentence of the article in order, headings and title included
     *                  (they name therapies later sentences refer to)
     * @param blocks    the article's blocks, indexed by {@link Block#index()}
     */
    public List<Claim> extract(List<AnnotatedSentence> sentences, List<Block> blocks) {
        return extract(sentences, blocks, newReadings());
    }

    /** A memo of sentence readings for one document, to share with others who read the same sentences. */
    public SentenceReadings newReadings() {
        return new SentenceReadings(rules);
    }

    /** As {@link #extract(List, List)}, reusing the readings others already made of these sentences. */
    public List<Claim> extract(List<AnnotatedSentence> sentences, List<Block> blocks, SentenceReadings shared) {
        return extract(sentences, blocks, null, shared);
    }

    /**
     * As {@link #extract(List, List, SentenceReadings)} for an article whose source states its
     * publication types (PubMed): they set the article's evidence level before its text does.
     *
     * @param publicationTypes the article's PubMed publication types, or null when unknown
     */
    public List<Claim> extract(List<AnnotatedSentence> sentences, List<Block> blocks, List<String> publicationTypes,
                               SentenceReadings shared) {
        return read(sentences, blocks, publicationTypes, List.of(), shared).claims();
    }

    /**
     * As {@link #extract(List, List, List, SentenceReadings)}, with the article's trial arms (each
     * claim's intervention and, when its sentence names none, its comparator come from them), the
     * study design and the sample size.
     */
    public ArticleFindings read(List<AnnotatedSentence> sentences, List<Block> blocks, List<String> publicationTypes,
                                List<TrialArm> arms, SentenceReadings shared) {
        String text = wholeText(blocks);
        String title = title(blocks);
        EvidenceLevel articleEvidence = evidence.article(title, text, publicationTypes);
        StudyDesign design = designs.design(title, text, publicationTypes,
                evidence.presentsItselfAsReview(title, text));
        // one level for every finding of an article that reports its own study or pools others: the
        // design's, so that the article's design and its findings' level never disagree
        EvidenceLevel ownStudy = design != StudyDesign.UNKNOWN && design != StudyDesign.NARRATIVE_REVIEW
                ? design.evidence() : evidence.ownStudy(title, text).orElse(null);
        if (ownStudy == EvidenceLevel.CLINICAL && evidence.inAnimals(title, text)) {
            // a trial in veterinary patients is randomised and controlled, and still preclinical evidence
            ownStudy = EvidenceLevel.PRECLINICAL;
        }
        Readings readings = new Readings(sentences, shared, !arms.isEmpty());
        Attribution attribution = new Attribution();
        ArmReferences armReferences = arms.isEmpty() ? null
                : new ArmReferences(arms, sentences);
        // a trial of two treatments only: a review's title naming several is no head-to-head comparison
        HeadToHead headToHead = TRIALS.contains(design) ? new HeadToHead(title) : null;
        List<Claim> claims = new ArrayList<>();
        Set<String> emitted = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            AnnotatedSentence s = sentences.get(i);
            int index = i;
            List<TherapyRef> therapies = attribution.attribute(s, () -> readings.get(index));
            if (therapies.isEmpty() && armReferences != null && s.block().kind().carriesFindings()) {
                // a between-arm result written about the arms, not a named therapy
                therapies = armReferences.subjects(s.text());
            }
            if (therapies.isEmpty() || !s.block().kind().carriesFindings()) {
                continue;
            }
            if (headToHead != null) {
                therapies = headToHead.subjects(s, therapies);
            }
            SentenceReading reading = readings.get(i);
            if (!reading.finding() || reading.types().isEmpty() || !statesSomething(s)
                    || !findings.reportsFinding(s.text(), s.block().sectionHeading())) {
                continue;
            }
            List<String> mechanisms = s.mechanisms().stream().map(m -> m.entry().id()).distinct().toList();
            EvidenceLevel evidenceLevel = ownStudy != null ? ownStudy
                    : evidenceOf(s, blocks, readings.findingsOf(s.block().index()), articleEvidence);
            Clause whole = new Clause(reading, structure.facts(s.text()));
            // therapies named in one clause share its reading: read each clause once (by its start)
            Map<Integer, Clause> clauses = new HashMap<>();
            for (TherapyRef t : therapies) {
                Clause clause = clause(s, t, whole, clauses);
                SentenceReading own = clause.reading();
                ClaimStructure.SentenceFacts ownFacts = clause.facts();
                for (Map.Entry<ClaimType, Polarity> type : own.types().entrySet()) {
                    EvidenceLevel level = type.getKey() == ClaimType.REGULATORY ? EvidenceLevel.REGULATORY : evidenceLevel;
                    if (emitted.add(t.entry().id() + '|' + type.getKey() + '|' + s.sentence().index())) {
                        ClaimStructure.Read trial = structure.read(ownFacts, t.entry().id(), t.surface(), type.getKey(),
                                type.getValue(), arms);
                        claims.add(claim(t.entry(), type.getKey(), own.hedged(), level, s, mechanisms, trial));
                    }
                }
            }
        }
        return new ArticleFindings(claims, design, designs.sampleSize(title, text).orElse(null));
    }

    /** The reading a therapy's claims take, and the facts (significance, numbers) its direction is read from. */
    private record Clause(SentenceReading reading, ClaimStructure.SentenceFacts facts) {
    }

    /**
     * In a contrastive sentence ("X was not superior to sham, but Y was as effective as Z") each
     * named therapy takes the reading of its own clause, when that clause has one.
     */
    private Clause clause(AnnotatedSentence s, TherapyRef t, Clause whole, Map<Integer, Clause> clauses) {
        if (t.start() < 0) {
            return whole;
        }
        int[] around = clauseAround(s.text(), t.start());
        if (around[0] == 0 && around[1] == s.text().length()) {
            return whole;
        }
        return clauses.computeIfAbsent(around[0], from -> readClause(s, from, around[1], whole));
    }

    /**
     * A clause that states its own significance ("..., but nausea was more frequent with Y
     * (p = 0.01)") is a result of its own, with its own direction; a clause without one shares the
     * sentence's (the p-value closing "in 10 of the X group and in 9 of the Y group (p > 0.05)").
     */
    private Clause readClause(AnnotatedSentence s, int from, int to, Clause whole) {
        boolean mechanism = s.mechanisms().stream().anyMatch(x -> x.start() >= from && x.end() <= to);
        String text = s.text().substring(from, to);
        SentenceReading reading = rules.read(text, mechanism);
        if (reading.types().isEmpty()) {
            return whole;
        }
        ClaimStructure.SentenceFacts own = structure.facts(text);
        return new Clause(reading, own.significance().significant() == null ? whole.facts() : own);
    }

    /** The clause ({@link #CONTRAST} breaks) of {@code text} that holds offset {@code at}: its start and end. */
    static int[] clauseAround(String text, int at) {
        int from = 0;
        int to = text.length();
        Matcher m = CONTRAST.matcher(text);
        while (m.find()) {
            if (m.start() <= at) {
                from = m.end();
            } else {
                to = m.start();
                break;
            }
        }
        return new int[] {from, to};
    }

    /** A paragraph sentence needs a verb to state a finding; list items are often verbless ("Lower cortisol."). */
    private static boolean statesSomething(AnnotatedSentence s) {
        return s.block().kind() == BlockKind.LIST_ITEM || s.sentence().hasVerb();
    }

    /**
     * Sentence, then the paragraph's findings (a call for "further clinical trials" is no clinical
     * evidence), then section heading and list lead-in, then the article.
     */
    private EvidenceLevel evidenceOf(AnnotatedSentence s, List<Block> blocks, String paragraphFindings,
                                     EvidenceLevel article) {
        Block b = s.block();
        String leadIn = b.leadIn() >= 0 && b.leadIn() < blocks.size() ? blocks.get(b.leadIn()).text() : "";
        String section = (b.sectionHeading() == null ? "" : b.sectionHeading()) + " . " + leadIn;
        return evidence.read(s.text())
                .or(() -> evidence.read(paragraphFindings))
                .or(() -> evidence.read(section))
                .orElse(article);
    }

    /**
     * The cue rules' reading of each sentence, made when first asked for: most sentences name no
     * therapy and are never read, and the regular expressions are the costliest rules.
     */
    private final class Readings {
        private final List<AnnotatedSentence> sentences;
        private final SentenceReadings read;
        private final Map<Integer, String> findingsByBlock = new HashMap<>();
        /** An article with trial arms reports trial results (see {@link SentenceReadings#ofTrialReport}). */
        private final boolean trialReport;

        Readings(List<AnnotatedSentence> sentences, SentenceReadings read, boolean trialReport) {
            this.sentences = sentences;
            this.read = read;
            this.trialReport = trialReport;
        }

        SentenceReading get(int i) {
            AnnotatedSentence s = sentences.get(i);
            return trialReport ? read.ofTrialReport(s.sentence(), !s.mechanisms().isEmpty())
                    : read.of(s.sentence(), !s.mechanisms().isEmpty());
        }

        /** The text of the block's sentences that state findings. */
        String findingsOf(int block) {
            return findingsByBlock.computeIfAbsent(block, b -> {
                StringBuilder out = new StringBuilder();
                for (AnnotatedSentence s : sentences) {
                    if (s.block().index() == b && s.text().length() <= SentenceReadings.MAX_SENTENCE_CHARS
                            && rules.statesFinding(s.text())) {
                        out.append(out.isEmpty() ? "" : " ").append(s.text());
                    }
                }
                return out.toString();
            });
        }
    }

    private static Claim claim(LexiconEntry therapy, ClaimType type, boolean hedged, EvidenceLevel level,
                               AnnotatedSentence s, List<String> mechanisms, ClaimStructure.Read trial) {
        return new Claim(therapy.id(), therapy.name(), type, trial.polarity(), hedged, level, s.text(), mechanisms,
                s.sentence().index(), trial.intervention(), trial.comparator(), trial.comparatorKind(), trial.outcome(),
                trial.direction(), trial.significance());
    }

    private static String title(List<Block> blocks) {
        return blocks.isEmpty() || blocks.get(0).kind() != BlockKind.TITLE ? null : blocks.get(0).text();
    }

    private static String wholeText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.text()).append('\n');
        }
        return sb.toString();
    }
}
