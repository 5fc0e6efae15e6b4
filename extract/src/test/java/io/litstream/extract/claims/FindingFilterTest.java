package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FindingFilterTest {
    private final FindingFilter filter = new FindingFilter();

    @Test
    void resultsAndConclusionsSectionsMayReportFindingsButBackgroundAndMethodsMayNot() {
        assertTrue(filter.inFindingSection("ABSTRACT.RESULTS::"));
        assertTrue(filter.inFindingSection("BODY.RESULTS.TOXICITY:"));
        assertTrue(filter.inFindingSection("Conclusions"));
        assertTrue(filter.inFindingSection("What the trial found"));
        assertTrue(filter.inFindingSection(null));
        assertFalse(filter.inFindingSection("ABSTRACT.BACKGROUND::"));
        assertFalse(filter.inFindingSection("BODY.MATERIALS AND METHODS.STUDY DESIGN AND PARTICIPANTS:"));
        assertFalse(filter.inFindingSection("Objective"));
        assertFalse(filter.inFindingSection("BODY:"));
    }

    @Test
    void aimsHypothesesAndMethodsAreNotFindings() {
        assertFalse(filter.reportsFinding("To determine whether lutein lowered pressure, we ran a trial.", null));
        assertFalse(filter.reportsFinding("We hypothesized that L-DOPA will enhance learning.", null));
        assertFalse(filter.reportsFinding("We randomly assigned the patients to ketamine or midazolam.", null));
        assertFalse(filter.reportsFinding("The purpose of this trial was to evaluate whether simvastatin helps.", null));
        assertFalse(filter.reportsFinding("At baseline, scores were comparable between the groups.", null));
    }

    @Test
    void regulatoryStatusRecommendationsAndQuestionsAreNotFindings() {
        assertFalse(filter.reportsFinding("Intravenous ketamine is not FDA-approved for depression.", null));
        assertFalse(filter.reportsFinding("Its use for this purpose is off-label.", null));
        assertFalse(filter.reportsFinding("Does ketamine work for everyone?", null));
        assertFalse(filter.reportsFinding("Further research is needed before psilocybin is offered.", null));
    }

    @Test
    void aResultStillCountsWhenItAlsoRecommendsOrComparesArms() {
        assertTrue(filter.reportsFinding("Brief psychotherapy reduced depressive symptoms and should be considered"
                + " as part of routine care.", "Results"));
        assertTrue(filter.reportsFinding("Psilocybin did not significantly differ from escitalopram on the QIDS.", null));
        assertTrue(filter.reportsFinding("No serious adverse events occurred.", "ABSTRACT.RESULTS:"));
    }
}
