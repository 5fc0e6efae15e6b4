package io.litstream.extract.claims;

import static io.litstream.extract.claims.Cues.has;
import static io.litstream.extract.claims.Cues.words;

import io.litstream.topics.extraction.EvidenceLevel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the kind of evidence a text refers to. When a text names several, the more direct one
 * wins: a meta-analysis over the trials it pools, clinical over preclinical ("preclinical and
 * clinical studies showed ..." is clinical evidence). Stateless and thread-safe.
 */
public final class EvidenceRules {
    private static final CuePattern REVIEW_STRONG = words(
            "meta-?analys[ie]s", "meta-?analytic", "systematic(?:ally)? review\\w*", "umbrella review", "scoping review",
            "narrative review", "pooled analys[ie]s", "(?:this|the present|the current|our|present|current|comprehensive)"
                    + " (?:systematic |narrative |literature )?review", "we review(?:ed)?", "literature review",
            "review of (?:the )?(?:literature|evidence|studies|trials)");
    private static final CuePattern CLINICAL = words(
            "randomi[sz]ed", "rcts?",
            "(?:clinical|human|controlled|open-label|pilot|double-blind|placebo-controlled|observational|cohort|case-control"
                    + "|crossover|real-world|naturalistic|phase (?:i{1,3}|iv|[1-4][ab]?)|early-phase|late-stage|multicen(?:ter|tre))"
                    + " (?:[\\w-]+ )?(?:trials?|stud(?:y|ies)|evidence|data|research|investigations?)",
            "clinical trials?", "trials?", "placebo", "sham", "participants", "double-blind", "open-label", "cohort",
            "case (?:series|reports?)", "outpatients", "inpatients", "(?:in|among|of) (?:[\\w-]+ ){0,3}patients",
            "patients (?:treated|receiving|who|given|randomi\\w+|reported|showed|experienced|had)", "volunteers",
            "clinical (?:stud\\w+|evidence|data|research|efficacy|experience|use)");
    private static final CuePattern PRECLINICAL = words(
            "preclinical", "animal (?:models?|stud(?:y|ies)|experiments?|research|data)", "in animals", "mice", "mouse",
            "murine", "rats?", "rodents?", "in vitro", "cell cultures?", "cultured (?:cells|neurons)", "primates?",
            "zebrafish", "antidepressant-like", "depressive-like", "anxiety-like", "depression-like", "forced swim",
            "tail suspension", "(?:stress|depression) models?", "knock-?out", "laboratory animals");
    private static final CuePattern REVIEW_WEAK = words("reviews?", "reviewed", "literature");
    private static final CuePattern REGULATORY = words("fda", "ema", "mhra", "approv(?:ed|al)", "regulatory");
    private static final Pattern REVIEW_NOUN = Pattern.compile("\\breviews?\\b");
    /** An article presenting itself as a review; citing "a meta-analysis" does not make it one. */
    private static final CuePattern SELF_REVIEW = words(
            "(?:this|the present|the current|our|present|current) (?:systematic |narrative |comprehensive |scoping "
                    + "|umbrella |literature )?(?:review|meta-?analysis)",
            "we (?:systematically )?review(?:ed)?", "we (?:performed|conducted|undertook|present) a (?:systematic "
                    + "review|meta-?analysis|review)");
    private static final CuePattern REVIEW_TITLE = words("reviews?", "meta-?analys[ie]s", "overview");
    private static final Set<String> REVIEW_TYPES = Set.of("review", "systematic review", "meta-analysis",
            "scoping review", "practice guideline", "guideline", "consensus development conference");
    private static final Set<String> CLINICAL_TYPES = Set.of("randomized controlled trial", "controlled clinical trial",
            "pragmatic clinical trial", "equivalence trial", "multicenter study", "observational study",
            "comparative study", "case reports", "evaluation study", "twin study", "validation study");
    /**
     * How much of an article's opening (title, abstract, a page's lead) is read for the study it
     * reports: far enough for an abstract's methods, not into a discussion that cites other work.
     */
    private static final int LEAD_CHARS = 2500;
    /** A headline or first sentence that announces pooled trials: the article reports that analysis. */
    private static final CuePattern POOLED = words("(?:network )?meta-?analys[ie]s", "meta-?analytic", "pooled analys[ie]s");
    /** How much of the opening says so: a headline and its first sentence. */
    private static final int OPENING_CHARS = 400;
    /** An article reporting a study of its own, as its opening describes it (not one it cites). */
    private static final CuePattern OWN_STUDY = words(
            "we (?:randomly )?(?:assigned|allocated|randomi[sz]ed|enrolled|recruited|conducted|performed|undertook|carried out)",
            "(?:were|was) (?:randomly )?(?:randomi[sz]ed|assigned|allocated) (?:to|into|in)", "randomly (?:assigned|allocated)",
            "(?:this|the present|the current|our) (?:[\\w-]+ ){0,4}(?:trial|study|experiment)",
            "in (?:a|this) (?:[\\w-]+ ){0,4}(?:randomi[sz]ed|controlled|crossover|cross-over) (?:[\\w-]+ ){0,2}(?:trial|study)");
    /**
     * Animals as a study's subjects, named in its title in the plural ("... in anaemic cats") or
     * as veterinary patients: a randomised trial in client-owned dogs is preclinical evidence.
     */
    private static final CuePattern ANIMALS_IN_TITLE = words("cats", "dogs", "horses", "cattle", "cows", "pigs", "piglets",
            "sheep", "calves", "foals", "mice", "rats", "rodents", "monkeys", "primates", "zebrafish", "rabbits");
    private static final CuePattern VETERINARY = words("veterinar\\w*", "client[- ]owned");
    /** An article that calls itself a review this often is one, even without "this review". */
    private static final int REVIEW_MENTIONS = 2;

    /** The evidence a sentence, paragraph or heading names, if any. */
    public Optional<EvidenceLevel> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = ClaimRules.normalise(text);
        if (has(REVIEW_STRONG, s)) {
            return Optional.of(EvidenceLevel.REVIEW);
        }
        if (has(CLINICAL, s)) {
            return Optional.of(EvidenceLevel.CLINICAL);
        }
        if (has(PRECLINICAL, s)) {
            return Optional.of(EvidenceLevel.PRECLINICAL);
        }
        if (has(REVIEW_WEAK, s)) {
            return Optional.of(EvidenceLevel.REVIEW);
        }
        return has(REGULATORY, s) ? Optional.of(EvidenceLevel.REGULATORY) : Optional.empty();
    }

    /**
     * The evidence PubMed's publication types state ({@code RawArticle.publicationTypes}, which
     * ingest fills from the PubMed XML {@code PublicationType} elements): review
     * kinds first, then trial kinds, then "Case Reports" and the like as clinical. Empty when
     * none of the types says which kind of evidence the article is.
     */
    public Optional<EvidenceLevel> fromPublicationTypes(List<String> publicationTypes) {
        if (publicationTypes == null) {
            return Optional.empty();
        }
        List<String> types = publicationTypes.stream().map(t -> t.toLowerCase(Locale.ROOT).strip()).toList();
        if (types.stream().anyMatch(REVIEW_TYPES::contains)) {
            return Optional.of(EvidenceLevel.REVIEW);
        }
        if (types.stream().anyMatch(t -> t.startsWith("clinical trial") || CLINICAL_TYPES.contains(t))) {
            return Optional.of(EvidenceLevel.CLINICAL);
        }
        return Optional.empty();
    }

    /**
     * The whole article's evidence: its publication types when they say, else as
     * {@link #article(String, String)} reads the text.
     */
    public EvidenceLevel article(String title, String wholeText, List<String> publicationTypes) {
        return fromPublicationTypes(publicationTypes).orElseGet(() -> article(title, wholeText));
    }

    /**
     * The evidence of the study an article reports as its own (a trial report, a news item on one
     * trial, an animal study, a meta-analysis its headline announces), which every finding of the
     * article shares: review for pooled trials, then clinical when its opening
     * speaks of patients or a trial, else preclinical for animals or cells. Empty for an article
     * that reports no study of its own (an overview, a blog citing many kinds of study), whose
     * findings each carry the evidence of their own sentence.
     */
    public Optional<EvidenceLevel> ownStudy(String title, String wholeText) {
        String lead = ClaimRules.normalise((title == null ? "" : title + " .\n")
                + wholeText.substring(0, Math.min(wholeText.length(), LEAD_CHARS)));
        if (has(POOLED, lead.substring(0, Math.min(lead.length(), OPENING_CHARS)))) {
            return Optional.of(EvidenceLevel.REVIEW);
        }
        if (has(SELF_REVIEW, lead) || !has(OWN_STUDY, lead)) {
            return Optional.empty();
        }
        if (has(CLINICAL, lead)) {
            return Optional.of(EvidenceLevel.CLINICAL);
        }
        return has(PRECLINICAL, lead) ? Optional.of(EvidenceLevel.PRECLINICAL) : Optional.empty();
    }

    /** Whether the study an article reports was done in animals ({@link #ANIMALS_IN_TITLE}, {@link #VETERINARY}). */
    public boolean inAnimals(String title, String wholeText) {
        return title != null && has(ANIMALS_IN_TITLE, ClaimRules.normalise(title))
                || has(VETERINARY, ClaimRules.normalise(wholeText.substring(0, Math.min(wholeText.length(), LEAD_CHARS))));
    }

    /**
     * Whether an article presents itself as a review: its title says so, or its text ("in this
     * review", "we systematically reviewed"); a mere mention of a review board does not.
     */
    public boolean presentsItselfAsReview(String title, String wholeText) {
        return title != null && has(REVIEW_TITLE, ClaimRules.normalise(title))
                || has(SELF_REVIEW, ClaimRules.normalise(wholeText));
    }

    /**
     * The whole article's evidence: REVIEW when it presents itself as one (its title, "in this
     * review", or calling itself "the review" repeatedly), else UNSPECIFIED.
     */
    public EvidenceLevel article(String title, String wholeText) {
        String s = ClaimRules.normalise(wholeText);
        if (presentsItselfAsReview(title, s)) {
            return EvidenceLevel.REVIEW;
        }
        int mentions = 0;
        Matcher m = REVIEW_NOUN.matcher(s);
        while (m.find()) {
            mentions++;
        }
        return mentions >= REVIEW_MENTIONS ? EvidenceLevel.REVIEW : EvidenceLevel.UNSPECIFIED;
    }
}
