package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import org.junit.jupiter.api.Test;

/** How the polarity rules read trial results: words of (no) significance, p-values, intervals, tables. */
class ClaimResultPolarityTest {
    private final ClaimRules rules = new ClaimRules();

    private Polarity efficacy(String sentence) {
        return rules.read(sentence, false).types().get(ClaimType.EFFICACY);
    }

    @Test
    void aDirectionWithANonSignificantPValueIsNoEffect() {
        assertEquals(Polarity.NO_EFFECT, efficacy("Ketamine reduced depression scores more than midazolam (p = 0.34)."));
        assertEquals(Polarity.SUPPORTS, efficacy("Ketamine reduced depression scores more than midazolam (p = 0.003)."));
        assertEquals(Polarity.NO_EFFECT, rules.resultPolarity("Remission: 31% vs 27%, P=.41"));
    }

    @Test
    void aConfidenceIntervalCrossingItsNullValueIsNoEffect() {
        assertEquals(Polarity.NO_EFFECT, rules.resultPolarity("Relapse was less frequent with lithium (HR 0.81, 95% CI 0.60-1.09)."));
        assertEquals(Polarity.SUPPORTS, rules.resultPolarity("Relapse was less frequent with lithium (HR 0.61, 95% CI 0.45-0.83)."));
        assertEquals(Polarity.NO_EFFECT,
                rules.resultPolarity("The mean difference in HAM-D was -1.2 (95% CI -3.1 to 0.7) points."));
    }

    @Test
    void wordsOfNoDifferenceAreNoEffect() {
        assertEquals(Polarity.NO_EFFECT, efficacy("Response rates did not differ between sertraline and placebo."));
        assertEquals(Polarity.NO_EFFECT, efficacy("Improvement in mood was similar in both groups."));
        assertEquals(Polarity.NO_EFFECT, efficacy("The reduction in symptoms was not statistically significant."));
        assertEquals(Polarity.NO_EFFECT, efficacy("Exercise failed to reach significance on depressive symptoms."));
        assertEquals(Polarity.NO_EFFECT, rules.resultPolarity("Scores didn't differ significantly at any time point."));
        assertEquals(Polarity.NO_EFFECT, rules.resultPolarity("Adverse events occurred at comparable rates in both arms."));
    }

    @Test
    void significanceStatedInWordsIsAnEffectUnlessNegated() {
        assertEquals(Polarity.SUPPORTS, efficacy("Psilocybin significantly reduced depressive symptoms at week 6."));
        assertEquals(Polarity.NO_EFFECT, efficacy("Psilocybin did not significantly reduce depressive symptoms."));
        assertEquals(Polarity.NO_EFFECT, efficacy("There was a trend towards improved mood with yoga (p = 0.07)."));
    }

    @Test
    void wordsThatPointBothWaysAreSettledByTheNumbers() {
        assertEquals(Polarity.SUPPORTS, rules.resultPolarity(
                "Pain scores were significantly lower with TENS (p < 0.001), with no difference in analgesic use."));
    }

    @Test
    void aNumericTableRowIsReadByItsPValueColumn() {
        assertEquals(Polarity.NO_EFFECT, rules.resultPolarity("MAP (mmHg) 75 ± 11 79 ± 11 0.26"));
        assertEquals(Polarity.SUPPORTS, rules.resultPolarity("Total mortality 98/2006 (4.9%) 132/2027 (6.5%) 0.03"));
    }

    @Test
    void matchingAnActiveDrugSupportsTheTherapyButIsNoDifferenceBetweenArms() {
        String sentence = "Bright light therapy was as effective as fluoxetine.";
        assertEquals(Polarity.SUPPORTS, efficacy(sentence));
        assertEquals(Polarity.NO_EFFECT, rules.resultPolarity(sentence));
        assertEquals(Polarity.NO_EFFECT, efficacy("Acupuncture was as effective as sham acupuncture."));
    }

    @Test
    void aBareComparativeIsAnEffectOnlyInAReportedComparison() {
        assertEquals(Polarity.SUPPORTS, rules.resultPolarity("Operative time was shorter in the needlescopic group."));
        assertNull(efficacy("Operative time was shorter in the needlescopic group."));
    }
}
