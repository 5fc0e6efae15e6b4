package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignificanceTest {
    private static Significance.Reading read(String text) {
        return Significance.read(ClaimRules.normalise(text));
    }

    @Test
    void pValuesAreComparedWithFivePercent() {
        assertEquals(new Significance.Reading(2, 1), read("p = 0.03; P<.001; p-value = 0·919"));
        assertEquals(new Significance.Reading(0, 1), read("(p = 0.05)"));
        assertEquals(new Significance.Reading(1, 1), read("p ≤ 0.05 and p > 0.05"));
    }

    @Test
    void intervalsCountOnlyForRatiosAndDifferences() {
        assertEquals(new Significance.Reading(0, 1), read("odds ratio 0.93 (95% CI 0.67-1.30)"));
        assertEquals(new Significance.Reading(1, 0), read("risk ratio 0.56, 95% CI 0.40 to 0.79"));
        assertEquals(new Significance.Reading(0, 1), read("rate difference −0.12 [95% CI: −0.27 to 0.03]"));
        assertEquals(new Significance.Reading(0, 0), read("3.3 admissions (95% CI: 3.03 to 3.60) per child"));
    }

    @Test
    void textWithoutNumbersSaysNothing() {
        assertEquals(new Significance.Reading(0, 0), read("Ketamine works quickly."));
    }
}
