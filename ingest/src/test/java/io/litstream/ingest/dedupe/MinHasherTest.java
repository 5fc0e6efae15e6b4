package io.litstream.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHasherTest {
    private final MinHasher hasher = new MinHasher();

    @Test
    void identicalTextsHaveIdenticalSignatures() {
        MinHashSignature a = hasher.signature(Texts.PRESS_RELEASE).orElseThrow();
        MinHashSignature b = hasher.signature(Texts.PRESS_RELEASE).orElseThrow();
        assertEquals(a, b);
        assertEquals(1.0, a.similarity(b));
    }

    @Test
    void caseAndPunctuationDoNotChangeTheSignature() {
        String shouted = Texts.PRESS_RELEASE.toUpperCase().replace(",", " ;");
        assertEquals(hasher.signature(Texts.PRESS_RELEASE), hasher.signature(shouted));
    }

    @Test
    void textsTooShortToCompareHaveNoSignature() {
        assertTrue(hasher.signature("Breaking: a short notice of forty words or so is not fingerprinted.").isEmpty());
        assertTrue(hasher.signature("").isEmpty());
    }

    @Test
    void differentArticlesOnTheSameDrugScoreFarBelowTheThreshold() {
        double s = hasher.signature(Texts.ESKETAMINE_TRIAL).orElseThrow()
                .similarity(hasher.signature(Texts.ESKETAMINE_REVIEW).orElseThrow());
        assertTrue(s < 0.1, "similarity " + s);
    }

    @Test
    void aCopyWithAFewAddedSentencesScoresAboveTheThreshold() {
        String syndicated = "Health news from Springfield. Share this story. " + Texts.PRESS_RELEASE
                + " Copyright 2026 Springfield Daily. All rights reserved. Sign up for our newsletter.";
        double s = hasher.signature(Texts.PRESS_RELEASE).orElseThrow()
                .similarity(hasher.signature(syndicated).orElseThrow());
        assertTrue(s >= NearDuplicateIndex.DEFAULT_THRESHOLD, "similarity " + s);
    }

    @Test
    void signaturesSurviveEncoding() {
        MinHashSignature s = hasher.signature(Texts.ESKETAMINE_REVIEW).orElseThrow();
        assertEquals(s, MinHashSignature.decode(s.encode()));
        assertEquals(MinHasher.PERMUTATIONS, MinHashSignature.decode(s.encode()).values().length);
    }
}
