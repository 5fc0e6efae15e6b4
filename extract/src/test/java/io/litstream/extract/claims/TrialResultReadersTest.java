package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.extraction.ComparatorKind;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.Outcome;
import io.litstream.topics.extraction.OutcomeMeasure;
import io.litstream.topics.extraction.Polarity;
import io.litstream.topics.extraction.StatedSignificance;
import io.litstream.topics.extraction.StudyDesign;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The readers behind a trial-result claim's structure, each on a sentence written for it. */
class TrialResultReadersTest {

    private static final String RESULT = "Esketamine reduced MADRS total scores more than placebo at day 28 "
            + "(mean difference -4.1, 95% CI -6.8 to -1.4; p = 0.003).";

    @Test
    void aNamedDepressionScaleIsReadAsItsMeasure() {
        Outcome outcome = new OutcomeReader().read(RESULT).orElseThrow();
        assertEquals(OutcomeMeasure.MADRS, outcome.measure());
        assertEquals(OutcomeMeasure.Sense.LOWER_IS_BETTER, OutcomeReader.sense(outcome));
    }

    @Test
    void remissionIsAnOutcomeWhereMoreIsBetter() {
        Outcome outcome = new OutcomeReader().read("Remission rates were higher with bupropion than with placebo.")
                .orElseThrow();
        assertEquals(OutcomeMeasure.REMISSION, outcome.measure());
        assertEquals(OutcomeMeasure.Sense.HIGHER_IS_BETTER, OutcomeReader.sense(outcome));
    }

    @Test
    void theComparatorAfterThanIsReadWithItsKind() {
        ComparatorReader.Read comparator = new ComparatorReader().read(RESULT).orElseThrow();
        assertEquals(ComparatorKind.PLACEBO, comparator.kind());
        assertTrue(comparator.text().toLowerCase(Locale.ROOT).contains("placebo"), comparator.text());
    }

    @Test
    void aWaitlistAndUsualCareAreTheirOwnKindsOfComparator() {
        assertEquals(ComparatorKind.WAITLIST, ComparatorReader.kindOf("a waiting list"));
        assertEquals(ComparatorKind.SHAM, ComparatorReader.kindOf("sham stimulation"));
    }

    @Test
    void aStatedPValueAndIntervalAreKeptAsWritten() {
        StatedSignificance significance = SignificanceReader.read(RESULT);
        assertTrue(significance.stated());
        assertEquals(Boolean.TRUE, significance.significant());
        assertTrue(significance.pValue() != null && significance.pValue().contains("0.003"), String.valueOf(significance.pValue()));
        assertTrue(significance.confidenceInterval() != null && significance.confidenceInterval().contains("-6.8"), String.valueOf(significance.confidenceInterval()));
    }

    @Test
    void aNonSignificantPValueReadsAsNotSignificant() {
        StatedSignificance significance = SignificanceReader.read(
                "Response did not differ between sertraline and placebo (p = 0.41).");
        assertEquals(Boolean.FALSE, significance.significant());
    }

    @Test
    void aLowerDepressionScoreIsBetterForThePatient() {
        Outcome madrs = new OutcomeReader().read(RESULT).orElseThrow();
        DirectionReader.Read read = DirectionReader.read(RESULT.toLowerCase(Locale.ROOT), Polarity.SUPPORTS, madrs, true)
                .orElseThrow();
        assertEquals(Direction.BETTER, read.direction());
    }

    @Test
    void moreAdverseEventsAreWorseForThePatient() {
        String sentence = "Nausea and other adverse events increased significantly with the active drug (p < 0.01).";
        Outcome adverse = new OutcomeReader().read(sentence).orElseThrow();
        assertEquals(OutcomeMeasure.ADVERSE_EVENTS, adverse.measure());
        DirectionReader.Read read = DirectionReader.read(sentence.toLowerCase(Locale.ROOT), Polarity.REFUTES, adverse, true)
                .orElseThrow();
        assertEquals(Direction.WORSE, read.direction());
    }

    @Test
    void publicationTypesDecideTheDesignBeforeTheText() {
        StudyDesign design = new StudyDesignRules().design("Esketamine in resistant depression",
                "We reviewed case notes.", List.of("Randomized Controlled Trial", "Journal Article"), false);
        assertEquals(StudyDesign.RANDOMISED_CONTROLLED, design);
    }

    @Test
    void aTitleThatSaysMetaAnalysisMakesOne() {
        StudyDesign design = new StudyDesignRules().design(
                "Ketamine for depression: a systematic review and meta-analysis",
                "We pooled twelve trials.", List.of(), false);
        assertEquals(StudyDesign.META_ANALYSIS, design);
    }

    @Test
    void theNumberRandomisedIsTheSampleSize() {
        assertEquals(java.util.Optional.of(227), new StudyDesignRules().sampleSize("A trial",
                "In all, 227 patients were randomised to esketamine or placebo; 201 completed the study."));
    }

    @Test
    void randomisedTrialsABackgroundCitesDoNotMakeTheArticleARandomisedTrial() {
        StudyDesignRules rules = new StudyDesignRules();
        assertEquals(StudyDesign.UNKNOWN, rules.design("What ketamine clinics do not tell you",
                "Since then, randomized controlled trials have repeatedly shown fast effects, and several RCTs"
                        + " compared it with midazolam.", List.of(), false));
        assertEquals(StudyDesign.COHORT, rules.design("Antidepressant use and falls in older adults",
                "Randomised trials rarely follow patients for long. In this prospective cohort of 2,310 patients"
                        + " we followed falls for five years.", List.of(), false));
        assertEquals(StudyDesign.RANDOMISED_CONTROLLED, rules.design("Ketamine versus midazolam",
                "Earlier randomised trials were small. In this trial, 80 patients were randomised to ketamine or"
                        + " midazolam.", List.of(), false));
    }

    @Test
    void aTrialOfSoManyAdultsHasThatSampleSizeAndAYearOrADoseIsNoSize() {
        StudyDesignRules rules = new StudyDesignRules();
        assertEquals(java.util.Optional.of(120), rules.sampleSize(null, "In a randomized, double-blind, placebo-controlled"
                + " trial of 120 adults with treatment-resistant depression, ketamine reduced symptoms."));
        assertEquals(java.util.Optional.of(48), rules.sampleSize("An open-label study in 48 older patients with"
                + " late-life depression", "Participants took sertraline for 12 weeks."));
        assertEquals(java.util.Optional.empty(), rules.sampleSize("A trial of 2019",
                "The study of 50 mg sertraline daily continued for 8 weeks."));
    }

    @Test
    void anArticlesOwnPooledAnalysisIsAMetaAnalysisWhereverItsMethodsSayIt() {
        assertEquals(StudyDesign.META_ANALYSIS, new StudyDesignRules().design(
                "Vortioxetine in older adults: a prespecified pooled efficacy analysis of four randomised trials",
                "Older adults were randomised to vortioxetine or placebo in four trials.", null, false));
        String opening = "Background. " + "Late-life depression is common and often undertreated. ".repeat(8)
                + "Methods. A pooled analysis of three completed randomised trials compared agomelatine with placebo.";
        assertEquals(StudyDesign.META_ANALYSIS, new StudyDesignRules().design("Agomelatine in late-life depression",
                opening, null, false));
    }

    @Test
    void aTrialInVeterinaryPatientsIsPreclinicalEvidence() {
        EvidenceRules rules = new EvidenceRules();
        assertTrue(rules.inAnimals("Fluoxetine for separation anxiety in shelter dogs", "Dogs were randomised."));
        assertTrue(rules.inAnimals(null, "Thirty client-owned cats with chronic pain were randomised to gabapentin."));
        assertFalse(rules.inAnimals("Dog-assisted therapy for inpatients with depression", "Patients were randomised."));
    }
}
