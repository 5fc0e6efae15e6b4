package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.ArticleExtractor;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.EvidenceLevel;
import io.litstream.topics.extraction.Polarity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claim attribution and evidence over whole (small) articles, through the real pipeline. */
class ClaimExtractorTest {
    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.create();
    }

    private static List<Claim> claims(String text) {
        return extractor.extract(new RawArticle("id", "test", RawArticle.SourceKind.DIRECTORY, "text", null, text,
                null, null, null, null, null, null, null)).claims();
    }

    private static List<String> about(List<Claim> claims, String sentenceStart) {
        return claims.stream().filter(c -> c.sentence().startsWith(sentenceStart)).map(Claim::therapy).distinct().toList();
    }

    @Test
    void aBackReferenceIsAttributedToTheTherapiesNamedBeforeIt() {
        List<Claim> claims = claims("Interest in psilocybin and LSD has grown. These compounds seem to lift mood "
                + "for months after a single session.");
        assertEquals(List.of("psilocybin", "lsd"), about(claims, "These compounds"));
        assertTrue(claims.get(0).hedged());
    }

    @Test
    void aSingularReferenceTakesTheFirstTherapyAndTheNounPicksTheRightAntecedent() {
        List<Claim> claims = claims("""
                Trials of Vagus Nerve Stimulation
                Vagus nerve stimulation was compared with usual care, including SSRIs.
                This technique reduced depressive symptoms over two years.
                """);
        assertEquals(List.of("vns"), about(claims, "This technique"));
    }

    @Test
    void aFindingWithoutANameBelongsToTheTherapyOfThePreviousSentence() {
        List<Claim> claims = claims("Several groups have tested scopolamine infusions. Symptoms improved within "
                + "three days in most patients.");
        assertEquals(List.of("scopolamine"), about(claims, "Symptoms improved"));
        assertEquals(EvidenceLevel.CLINICAL, claims.get(0).evidence());
    }

    @Test
    void listItemsSpeakOfTheTherapyTheirLeadInNames() {
        List<Claim> claims = claims("""
                Benefits Seen With Yoga
                Weekly yoga classes showed these effects:
                • Reduced anxiety scores after eight weeks.
                • Lower cortisol in the morning.
                """);
        assertEquals(List.of("yoga"), about(claims, "Reduced anxiety"));
        assertEquals(List.of("yoga"), about(claims, "Lower cortisol"));
    }

    @Test
    void comparatorsAndFailedPriorTreatmentsAreNotTheSubject() {
        List<Claim> claims = claims("Esketamine was more effective than quetiapine in patients resistant to SSRIs.");
        assertEquals(List.of("esketamine"), about(claims, "Esketamine"));
    }

    @Test
    void theDrugAnAugmentationIsAddedToIsNotTheSubject() {
        List<Claim> claims = claims("Adding aripiprazole or liothyronine (T3) to sertraline reduced depressive symptoms.");
        assertEquals(List.of("aripiprazole", "liothyronine"), claims.stream().map(Claim::therapy).toList());
    }

    @Test
    void inAContrastiveSentenceEachTherapyTakesItsOwnClausesFinding() {
        List<Claim> claims = claims("Transcranial direct current stimulation was not superior to sham, but bright "
                + "light therapy was as effective as fluoxetine.");
        assertEquals(List.of("tdcs", "light-therapy"), claims.stream().map(Claim::therapy).toList());
        assertEquals(Polarity.NO_EFFECT, claims.get(0).polarity());
        // its own clause says it matched an active drug: no difference between the arms (issue 20, item 3)
        assertEquals(Polarity.NO_EFFECT, claims.get(1).polarity());
    }

    @Test
    void aNullResultOfTheControlArmIsNotTheTherapys() {
        Claim c = claims("Nortriptyline lowered depression scores, whereas the placebo group did not change.").get(0);
        assertEquals("nortriptyline", c.therapy());
        assertEquals(Polarity.SUPPORTS, c.polarity());
    }

    @Test
    void aClassInAppositionDescribesTheDrugRatherThanAddingASubject() {
        List<Claim> claims = claims("In 2023, zuranolone, a neurosteroid, received approval from the regulator.");
        assertEquals(List.of("zuranolone"), about(claims, "In 2023"));
        assertEquals(ClaimType.REGULATORY, claims.get(0).type());
        assertEquals(EvidenceLevel.REGULATORY, claims.get(0).evidence());
        assertEquals(List.of("zuranolone"), about(claims("Zuranolone is an oral neurosteroid that improved mood within "
                + "days."), "Zuranolone"));
    }

    @Test
    void aReportedPronounAndACoTreatmentPointToTheTherapyUnderStudy() {
        List<Claim> claims = claims("Bright light therapy is cheap. A large trial found it was effective when "
                + "combined with sertraline.");
        assertEquals(List.of("light-therapy"), about(claims, "A large trial"));
    }

    @Test
    void evidenceFallsBackFromSentenceToSectionHeadingToArticle() {
        List<Claim> claims = claims("""
                Findings In Rodent Models
                Exercise restored normal behavioural function after stress.

                Outlook
                Exercise remains a safe choice.
                In this review we weigh the evidence.
                """);
        assertEquals(EvidenceLevel.PRECLINICAL, claims.stream()
                .filter(c -> c.sentence().startsWith("Exercise restored")).findFirst().orElseThrow().evidence());
        assertEquals(EvidenceLevel.REVIEW, claims.stream()
                .filter(c -> c.sentence().startsWith("Exercise remains")).findFirst().orElseThrow().evidence());
    }

    @Test
    void claimsCarryTheMechanismsOfTheirSentence() {
        Claim c = claims("Ketamine increases BDNF release and blocks NMDA receptors.").stream()
                .filter(x -> x.type() == ClaimType.MECHANISM).findFirst().orElseThrow();
        assertEquals(List.of("bdnf", "nmda-receptor"), c.mechanisms());
    }

    @Test
    void merelyListingTherapiesIsNoClaim() {
        assertTrue(claims("Options include SSRIs, SNRIs, bupropion and psychotherapy.").isEmpty());
        assertTrue(claims("Further trials of lithium are needed to confirm that it is effective.").isEmpty());
        assertFalse(claims("Lithium is effective in preventing relapse.").isEmpty());
    }
}
