package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.extraction.EvidenceLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {
    private final EvidenceRules rules = new EvidenceRules();

    @Test
    void sentenceCuesNameTheKindOfEvidence() {
        assertEquals(Optional.of(EvidenceLevel.PRECLINICAL), rules.read("Chronic dosing reversed deficits in mice."));
        assertEquals(Optional.of(EvidenceLevel.CLINICAL), rules.read("In a randomized controlled trial, mood improved."));
        assertEquals(Optional.of(EvidenceLevel.REVIEW), rules.read("A meta-analysis of 20 studies found a benefit."));
        assertEquals(Optional.of(EvidenceLevel.REGULATORY), rules.read("The FDA granted approval last year."));
        assertEquals(Optional.empty(), rules.read("It helps many people."));
    }

    @Test
    void clinicalEvidenceOutranksPreclinicalInTheSameText() {
        assertEquals(Optional.of(EvidenceLevel.CLINICAL),
                rules.read("Pre-clinical work and a clinical study both found mood gains among patients."));
    }

    @Test
    void patientsCountOnlyWhenTheyWereStudied() {
        assertEquals(Optional.of(EvidenceLevel.CLINICAL), rules.read("Mood improved in most patients."));
        assertEquals(Optional.empty(), rules.read("It could become an option for such patients."));
    }

    @Test
    void anArticleIsAReviewWhenItSaysSo() {
        assertEquals(EvidenceLevel.REVIEW, rules.article(null, "In this review we summarise the trials."));
        assertEquals(EvidenceLevel.REVIEW, rules.article(null, "The review covers ten drugs. The review also lists risks."));
        assertEquals(EvidenceLevel.REVIEW, rules.article("Lithium in Depression: A Systematic Review", "Lithium helps."));
        assertEquals(EvidenceLevel.UNSPECIFIED, rules.article(null, "Ketamine helps. Patients like it."));
        assertEquals(EvidenceLevel.UNSPECIFIED, rules.article(null, "A 2019 meta-analysis found that yoga helps."),
                "citing a meta-analysis does not make a news story a review");
    }

    @Test
    void pubMedPublicationTypesDecideTheArticlesEvidenceWhenTheySayIt() {
        assertEquals(EvidenceLevel.REVIEW,
                rules.article("Ketamine", "A trial.", List.of("Journal Article", "Meta-Analysis")));
        assertEquals(EvidenceLevel.CLINICAL,
                rules.article("Ketamine", "Text.", List.of("Clinical Trial, Phase II", "Journal Article")));
        assertEquals(EvidenceLevel.REVIEW,
                rules.article("A review of ketamine", "Text.", List.of("Journal Article")));
        assertEquals(EvidenceLevel.UNSPECIFIED, rules.article(null, "Text.", null));
    }

    @Test
    void aTrialReportHasOneClinicalLevelEvenWhereItsTextCitesAReview() {
        EvidenceRules rules = new EvidenceRules();
        assertEquals(Optional.of(EvidenceLevel.CLINICAL), rules.ownStudy(null,
                "ABSTRACT.METHODS:\nWe randomly assigned 80 patients to lutein or placebo.\n"
                        + "BODY.DISCUSSION:\nA literature review found the same."));
    }

    @Test
    void anAnimalStudyIsPreclinicalAndAHeadlinedMetaAnalysisIsAReview() {
        EvidenceRules rules = new EvidenceRules();
        assertEquals(Optional.of(EvidenceLevel.PRECLINICAL),
                rules.ownStudy(null, "In this study, stressed mice were given a probiotic."));
        assertEquals(Optional.of(EvidenceLevel.REVIEW),
                rules.ownStudy("Exercise rivals therapy, network meta-analysis finds", "Walking helped in 200 trials."));
    }

    @Test
    void anOverviewCitingManyKindsOfStudyHasNoOwnStudyLevel() {
        assertEquals(Optional.empty(), new EvidenceRules().ownStudy(null,
                "Ketamine has shown rapid effects in clinical trials, and psilocybin reduced symptoms in mice."));
    }
}
