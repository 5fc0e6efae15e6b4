package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {
    private final ClaimRules rules = new ClaimRules();

    private Map<ClaimType, Polarity> types(String sentence) {
        return rules.read(sentence, false).types();
    }

    @Test
    void efficacyFindingsSupportTheTherapy() {
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.SUPPORTS),
                types("Sertraline reduced depressive symptoms within six weeks."));
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.SUPPORTS), types("Remission rates doubled with lithium."));
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.SUPPORTS),
                types("The infusion produced rapid antidepressant effects."));
        assertEquals(Map.of(), types("The programme was cost-effective for the health service."));
    }

    @Test
    void oneSentenceCanCarrySeveralClaimTypes() {
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.SUPPORTS, ClaimType.SAFETY, Polarity.SUPPORTS),
                types("Bright light therapy is an effective and relatively safe option for winter depression."));
    }

    @Test
    void noDifferenceIsNoEffectAndHarmOrFailureRefutes() {
        assertEquals(Polarity.NO_EFFECT, types("Omega-3 supplements did not differ from placebo on mood scores.")
                .get(ClaimType.EFFICACY));
        assertEquals(Polarity.NO_EFFECT, types("There was no significant difference in response between the arms.")
                .get(ClaimType.EFFICACY));
        assertEquals(Polarity.REFUTES, types("The add-on drug failed to improve depression ratings.")
                .get(ClaimType.EFFICACY));
        assertEquals(Polarity.REFUTES, types("Symptoms were worse than with placebo.").get(ClaimType.EFFICACY));
    }

    @Test
    void safetyPolarityFollowsWhetherRisksAreDeniedOrReported() {
        assertEquals(Polarity.SUPPORTS, types("It was well tolerated with few side effects.").get(ClaimType.SAFETY));
        assertEquals(Polarity.REFUTES, types("Dissociation and raised blood pressure were common adverse events.")
                .get(ClaimType.SAFETY));
    }

    @Test
    void regulatoryDecisionsAreRecognisedButEthicsApprovalIsNot() {
        assertEquals(Map.of(ClaimType.REGULATORY, Polarity.SUPPORTS),
                types("The agency approved the nasal spray in 2019."));
        assertEquals(Polarity.REFUTES, types("The application was rejected by the regulator.").get(ClaimType.REGULATORY));
        assertFalse(types("The protocol was approved by the local ethics committee.").containsKey(ClaimType.REGULATORY));
    }

    @Test
    void aNegatedOrOffLabelApprovalRefutesRatherThanSupports() {
        assertEquals(Polarity.REFUTES, types("Intravenous infusion, by contrast, is not FDA-approved for depression.")
                .get(ClaimType.REGULATORY));
        assertEquals(Polarity.REFUTES, types("The drug has not yet been approved in Europe.").get(ClaimType.REGULATORY));
        assertEquals(Polarity.REFUTES, types("Clinics give the infusions off-label.").get(ClaimType.REGULATORY));
    }

    @Test
    void aMechanismClaimNeedsAMechanismAndALinkingVerb() {
        assertEquals(Polarity.SUPPORTS, rules.read("The drug increases BDNF in the hippocampus.", true).types()
                .get(ClaimType.MECHANISM));
        assertFalse(rules.read("The drug increases BDNF in the hippocampus.", false).types()
                .containsKey(ClaimType.MECHANISM));
        assertEquals(Polarity.NO_EFFECT, rules.read("The drug did not alter cortisol levels.", true).types()
                .get(ClaimType.MECHANISM));
    }

    @Test
    void hedgesAreDetected() {
        assertTrue(rules.read("The compound may relieve symptoms.", false).hedged());
        assertTrue(rules.read("Preliminary data suggest a benefit.", false).hedged());
        assertTrue(rules.read("These drugs appear to improve mood.", false).hedged());
        assertFalse(rules.read("The drug improved mood in the trial.", false).hedged());
        assertFalse(rules.read("The drug improved mood in May 2021.", false).hedged(), "a month is no hedge");
    }

    @Test
    void anOpenQuestionHasNoDirection() {
        assertEquals(Polarity.NEUTRAL, types("Whether the drug is effective remains unclear.").get(ClaimType.EFFICACY));
    }

    @Test
    void aimsQuestionsAndCallsForResearchStateNoFinding() {
        assertFalse(rules.read("This study aims to test whether yoga is effective.", false).finding());
        assertFalse(rules.read("Is exercise effective for depression?", false).finding());
        assertFalse(rules.read("Further research is needed to establish its safety.", false).finding());
        assertFalse(rules.read("Researchers examined the efficacy of acupuncture in older adults.", false).finding());
        assertTrue(rules.read("Researchers examined acupuncture and found it effective.", false).finding());
    }

    @Test
    void aHarmThatDidNotDifferOrWasMildSupportsSafetyAndSaysNothingOfEfficacy() {
        assertEquals(Map.of(ClaimType.SAFETY, Polarity.SUPPORTS), types("No adverse effects were observed."));
        assertEquals(Map.of(ClaimType.SAFETY, Polarity.SUPPORTS),
                types("Dropout rates were similar between exercise and control groups."));
        assertEquals(Polarity.SUPPORTS, types("Side effects of light therapy were mild and included eye strain.")
                .get(ClaimType.SAFETY));
        assertEquals(Polarity.SUPPORTS, types("Simvastatin did not improve survival nor did it increase toxicity.")
                .get(ClaimType.SAFETY));
    }

    @Test
    void aHarmThatWasMoreFrequentStillCountsAgainstSafety() {
        assertEquals(Polarity.REFUTES, types("Headache and nausea were more frequent after psilocybin, and seizures"
                + " occurred in two patients.").get(ClaimType.SAFETY));
    }

    @Test
    void aDiseaseRiskTheTreatmentLowersOrARiskStatisticIsNoSafetyFinding() {
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.SUPPORTS),
                types("Semaglutide was effective for weight and so reduced cardiovascular risk."));
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.SUPPORTS),
                types("Exercise improved remission rates over usual care (relative risk 1.8, p < 0.001)."));
        assertEquals(Map.of(ClaimType.EFFICACY, Polarity.SUPPORTS),
                types("The programme improved risk factors for diabetes in new mothers."));
        assertEquals(Polarity.REFUTES, types("Nausea was more frequent with ketamine than with midazolam.")
                .get(ClaimType.SAFETY));
    }

    @Test
    void aSafetyMeasureThatDidNotDifferSpeaksForSafety() {
        assertEquals(Map.of(ClaimType.SAFETY, Polarity.SUPPORTS), types("Safety measures were similar in the two arms, "
                + "and electrocardiograms did not show raised cardiac risk."));
    }
}
