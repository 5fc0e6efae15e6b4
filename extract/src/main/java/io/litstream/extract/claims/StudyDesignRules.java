package io.litstream.extract.claims;

import static io.litstream.extract.claims.Cues.has;
import static io.litstream.extract.claims.Cues.words;

import io.litstream.topics.extraction.StudyDesign;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The design of the study an article reports and its sample size. PubMed's publication types
 * decide when they name a design; else the title, then the opening (title, abstract, the start
 * of the methods), reviews and pooled analyses first, then the trial kinds from the most
 * specific (a randomised crossover trial is a crossover), observational kinds, case reports, and
 * animal or cell studies when the opening speaks of no patients. The sample size is the number
 * randomised, else the number enrolled or analysed. Stateless and thread-safe.
 */
public final class StudyDesignRules {
    /** Far enough for an abstract and the opening of its methods, not into a discussion that cites others. */
    private static final int LEAD_CHARS = 3000;
    private static final CuePattern META = words("meta-?analys[ie]s", "meta-?analytic",
            "pooled (?:[\\w-]+ )?analys[ie]s");
    /** An article's own pooled analysis, which its methods may state after the 400 characters of an opening. */
    private static final CuePattern OWN_POOLED = words("(?:a|this|the|our) (?:prespecified |pre-specified |post[- ]hoc )?"
            + "pooled (?:[\\w-]+ )?analys[ie]s (?:of|was|based|using)");
    private static final CuePattern SYSTEMATIC = words("systematic(?:ally)? review\\w*", "scoping review", "umbrella review");
    private static final CuePattern NARRATIVE = words("narrative review", "literature review", "reviews?", "overview",
            "(?:this|the present|the current|our) (?:comprehensive )?review", "we review(?:ed)?");
    private static final CuePattern CROSSOVER = words("cross-?over");
    private static final CuePattern OPEN_LABEL = words("open-?label", "open trial", "unblinded");
    private static final CuePattern NON_RANDOMISED = words("non-?randomi[sz]ed", "single-arm", "uncontrolled",
            "single-group", "pre-?post", "quasi-experimental");
    private static final CuePattern RANDOMISED = words("randomi[sz]ed", "randomly (?:assigned|allocated)", "randomi[sz]ation",
            "rcts?");
    /**
     * Randomised trials in the plural ("randomized controlled trials have shown", "RCTs") are the
     * trials a background cites, not the article's own study; a blog or a cohort study that cites
     * them is not a randomised trial.
     */
    private static final Pattern CITED_TRIALS = Pattern.compile(
            "\\brandomi[sz]ed,? (?:[\\w-]+,? ){0,3}?(?:trials|studies)\\b|\\brcts\\b");
    private static final CuePattern CASE_REPORT = words("case reports?", "we (?:report|present|describe) (?:a|the) case",
            "an? \\d+-year-old");
    private static final CuePattern CASE_SERIES = words("case series", "(?:a )?series of \\d+ (?:patients|cases)");
    private static final CuePattern COHORT = words("cohort", "observational", "registry", "prospective(?:ly)? (?:study|followed)",
            "retrospective(?:ly)?", "case-control", "cross-sectional", "naturalistic", "real-world");
    private static final CuePattern TRIAL = words("clinical trial", "trial", "pilot study", "patients (?:received|were treated)");
    private static final CuePattern PATIENTS = words("patients", "participants", "outpatients", "inpatients", "volunteers",
            "women", "men", "adults", "adolescents", "children", "subjects with");
    private static final CuePattern ANIMAL = words("mice", "mouse", "murine", "rats?", "rodents?", "animal models?", "primates?",
            "zebrafish", "in vivo");
    private static final CuePattern IN_VITRO = words("in vitro", "cell cultures?", "cultured (?:cells|neurons)", "cell lines?");
    private static final String COUNT = "(\\d{1,3}(?:,\\d{3})+|\\d{1,6})";
    private static final String WHO = "(?:[a-z-]+ ){0,4}?(?:patients|participants|subjects|adults|women|men|individuals"
            + "|outpatients|inpatients|children|adolescents|people|persons|veterans|mothers|volunteers|elderly)";
    private static final Pattern RANDOMISED_COUNT = Pattern.compile(
            "\\b(?:a total of |overall,? |in total,? )?" + COUNT + " " + WHO + "? ?(?:were |was )?(?:randomi[sz]ed|randomly"
                    + " (?:assigned|allocated)|underwent randomi[sz]ation)"
                    + "|\\b(?:randomi[sz]ed|randomly (?:assigned|allocated)) (?:a total of )?" + COUNT + " " + WHO
                    + "|\\b(?:randomi[sz]ed|randomly assigned) \\(n\\s*=\\s*" + COUNT + "\\)");
    /** "A randomised, placebo-controlled trial of 120 adults": the study's size as its opening states it. */
    private static final Pattern STUDY_OF_COUNT = Pattern.compile(
            "\\b(?:trial|study|rct)s? (?:of|in|among|involving|enrolling|including) (?:a total of )?" + COUNT + " " + WHO);
    private static final Pattern ANALYSED_COUNT = Pattern.compile(
            "\\b" + COUNT + " " + WHO + " (?:were |was )?(?:included|enrolled|recruited|analy[sz]ed|completed|participated"
                    + "|took part)|\\b(?:enrolled|recruited|included|analy[sz]ed) " + COUNT + " " + WHO
                    + "|\\b" + WHO + " \\(n\\s*=\\s*" + COUNT + "\\)"
                    + "|\\bn\\s*=\\s*" + COUNT + "\\b");
    /** Above this a "count" is a year, a dose or a registry number, not the participants of one study. */
    private static final int MAX_SAMPLE = 1_000_000;

    /**
     * The design of the article, from its PubMed publication types, title and opening.
     *
     * @param callsItselfAReview the article presents itself as a review ({@link EvidenceRules#article}), which
     *                           no animal or trial words in its opening outweigh
     */
    public StudyDesign design(String title, String wholeText, List<String> publicationTypes, boolean callsItselfAReview) {
        Optional<StudyDesign> typed = fromPublicationTypes(publicationTypes);
        if (typed.isPresent()) {
            return typed.get();
        }
        String head = title == null ? "" : ClaimRules.normalise(title);
        String lead = ClaimRules.normalise(head + " .\n" + wholeText.substring(0, Math.min(wholeText.length(), LEAD_CHARS)));
        if (publicationTypes != null && publicationTypes.stream().anyMatch("randomized controlled trial"::equalsIgnoreCase)) {
            return has(CROSSOVER, lead) ? StudyDesign.CROSSOVER : StudyDesign.RANDOMISED_CONTROLLED;
        }
        if (has(META, head) || has(META, lead.substring(0, Math.min(lead.length(), 400))) || has(OWN_POOLED, lead)) {
            return StudyDesign.META_ANALYSIS;
        }
        if (has(SYSTEMATIC, head) || has(SYSTEMATIC, lead.substring(0, Math.min(lead.length(), 400)))) {
            return StudyDesign.SYSTEMATIC_REVIEW;
        }
        if (callsItselfAReview || has(NARRATIVE, head)) {
            return StudyDesign.NARRATIVE_REVIEW;
        }
        boolean patients = has(PATIENTS, lead) || has(TRIAL, lead) || has(RANDOMISED, lead);
        if (!patients && has(ANIMAL, lead)) {
            return StudyDesign.ANIMAL;
        }
        if (!patients && has(IN_VITRO, lead)) {
            return StudyDesign.IN_VITRO;
        }
        if (has(CROSSOVER, lead)) {
            return StudyDesign.CROSSOVER;
        }
        if (has(NON_RANDOMISED, lead)) {
            return StudyDesign.NON_RANDOMISED;
        }
        if (has(RANDOMISED, CITED_TRIALS.matcher(lead).replaceAll(" "))) {
            return StudyDesign.RANDOMISED_CONTROLLED;
        }
        if (has(OPEN_LABEL, lead)) {
            return StudyDesign.OPEN_LABEL;
        }
        if (has(CASE_SERIES, lead)) {
            return StudyDesign.CASE_SERIES;
        }
        if (has(CASE_REPORT, head) || has(CASE_REPORT, lead)) {
            return StudyDesign.CASE_REPORT;
        }
        if (has(COHORT, lead)) {
            return StudyDesign.COHORT;
        }
        if (has(TRIAL, lead)) {
            return StudyDesign.NON_RANDOMISED;
        }
        return StudyDesign.UNKNOWN;
    }

    /** What PubMed's publication types say, most pooled first; "Clinical Trial" alone leaves the text to say more. */
    static Optional<StudyDesign> fromPublicationTypes(List<String> publicationTypes) {
        if (publicationTypes == null) {
            return Optional.empty();
        }
        List<String> t = publicationTypes.stream().map(x -> x.toLowerCase(Locale.ROOT).strip()).toList();
        if (t.contains("meta-analysis")) {
            return Optional.of(StudyDesign.META_ANALYSIS);
        }
        if (t.contains("systematic review")) {
            return Optional.of(StudyDesign.SYSTEMATIC_REVIEW);
        }
        if (t.contains("randomized controlled trial")) {
            return Optional.empty(); // crossover or not: design() reads the text
        }
        if (t.contains("review") || t.contains("scoping review")) {
            return Optional.of(StudyDesign.NARRATIVE_REVIEW);
        }
        if (t.contains("case reports")) {
            return Optional.of(StudyDesign.CASE_REPORT);
        }
        if (t.contains("observational study")) {
            return Optional.of(StudyDesign.COHORT);
        }
        return Optional.empty();
    }

    /**
     * How many were randomised, else how many the trial was "of", else enrolled or analysed, as the
     * opening says; empty when it says none of these.
     */
    public Optional<Integer> sampleSize(String title, String wholeText) {
        String lead = ClaimRules.normalise((title == null ? "" : title + " .\n")
                + wholeText.substring(0, Math.min(wholeText.length(), LEAD_CHARS)));
        return first(RANDOMISED_COUNT.matcher(lead)).or(() -> first(STUDY_OF_COUNT.matcher(lead)))
                .or(() -> first(ANALYSED_COUNT.matcher(lead)));
    }

    private static Optional<Integer> first(Matcher m) {
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    long n = Long.parseLong(m.group(g).replace(",", ""));
                    if (n > 0 && n <= MAX_SAMPLE) {
                        return Optional.of((int) n);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
