package io.litstream.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconMatcherTest {
    private final LexiconMatcher matcher = new LexiconMatcher(Lexicon.shared());

    private List<String> ids(String text) {
        return matcher.match(text).stream().filter(m -> m.kind() != EntityKind.NONE).map(m -> m.entry().id()).toList();
    }

    private List<String> surfaces(String text) {
        return matcher.match(text).stream().filter(m -> m.kind() != EntityKind.NONE).map(Match::surface).toList();
    }

    @Test
    void pluralsCaseAndBrandNamesMatchTheCanonicalEntity() {
        assertEquals(List.of("sertraline", "escitalopram", "esketamine"),
                ids("Patients switched from Zoloft to ESCITALOPRAM, then to Spravato."));
        assertEquals(List.of("neurosteroids", "psychotherapy"), ids("Neurosteroid drugs and psychotherapies."));
    }

    @Test
    void hyphensSlashesUnderscoresAndSpellingVariantsAreFolded() {
        assertEquals(List.of("cbt", "cbt", "cbt"), ids(
                "cognitive-behavioral therapy, cognitive behavioural therapy and Cognitive Behavioral Therapy"));
        assertEquals(List.of("gaba-a-receptor", "gaba-a-receptor", "gaba-a-receptor"),
                ids("GABA_A receptors, GABA-A receptors and GABA(A) receptors"));
        assertEquals(List.of("botulinum-toxin-a", "botulinum-toxin-a"), ids("BoNT/A and BoNT-A"));
        assertEquals(List.of("antidepressants"), ids("an anti-depressant"));
        assertEquals(List.of("tnf-alpha", "il-1beta"), ids("TNF-α and IL-1β"));
    }

    @Test
    void shortAbbreviationsMatchOnlyInCapitals() {
        assertEquals(List.of("tms", "ect", "mesenchymal-stem-cells", "dbt"), ids("TMS, ECT, MSCs and DBT"));
        assertEquals(List.of(), ids("The items were collected, in effect, by the tms team; msc students act fast."));
        assertEquals(List.of("gaba"), ids("GABA, a transmitter, matters."), "a lone lower-case 'a' is not GABA-A");
    }

    @Test
    void theLongestMatchWinsAcrossTherapiesAndMechanisms() {
        assertEquals(List.of("snri"), ids("serotonin and norepinephrine reuptake inhibitors"));
        assertEquals(List.of("bdnf", "neurotrophic-factors"), ids("brain-derived neurotrophic factor and other neurotrophic factors"));
        assertEquals(List.of("neural-stem-cells"), ids("neural stem cells"));
    }

    @Test
    void coordinatedPhrasesNameEachEntity() {
        assertEquals(List.of("cell-therapy", "gene-therapy"), ids("cell and gene therapy"));
        assertEquals(List.of("cell therapy", "gene therapy"), surfaces("cell and gene therapy"));
        assertEquals(List.of("mesenchymal-stem-cells", "neural-stem-cells"), ids("mesenchymal or neural stem cells"));
    }

    @Test
    void phrasesThatOnlyContainANameAreNotThatEntity() {
        assertEquals(List.of("botulinum-toxin-a"), ids("the antidepressant effects of Botox"));
        assertEquals(List.of(), ids("Clinicians should exercise caution."));
    }

    @Test
    void aPhraseNeverRunsAcrossPunctuation() {
        assertEquals(List.of("BDNF"), surfaces("BDNF) expression"));
        assertTrue(ids("depression, cell lines").isEmpty());
    }

    @Test
    void aDocumentsOwnShortFormOverridesTheLexicon() {
        LexiconEntry msc = Lexicon.shared().entry("mesenchymal-stem-cells").orElseThrow();
        List<ShortForm> forms = List.of(ShortForm.of("DBS", null), ShortForm.of("hMSC", msc));
        assertEquals(List.of("mesenchymal-stem-cells"), ids2("DBS samples and hMSCs", forms));
    }

    private List<String> ids2(String text, List<ShortForm> forms) {
        return matcher.match(text, forms).stream().map(m -> m.entry().id()).toList();
    }

    @Test
    void drugBankNamesOfADrugLandOnItsTherapy() {
        assertEquals(List.of("esketamine", "esketamine", "esketamine"),
                ids("Spravato, (S)-ketamine and esketamine hydrochloride"));
        assertEquals(List.of("fluoxetine", "amitriptyline"), ids("Fluoxetinum or Amitriptylinum"));
    }

    @Test
    void streetNamesAndOtherDrugsNamesAreNotTaken() {
        assertEquals(List.of(), ids("Ecstasy and Special K at a party"));
        // DrugBank lists NMDA among ketamine's synonyms: it stays the receptor
        assertEquals(List.of("nmda-receptor"), ids("NMDA"));
    }
}
