package io.litstream.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.extraction.EntityIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconIdsTest {
    private final Lexicon lexicon = Lexicon.shared();

    private EntityIds ids(String id) {
        return lexicon.entry(id).orElseThrow().ids();
    }

    @Test
    void theDrugsProceduresAndMechanismsOutsideSystemsJoinOnCarryTheirIds() {
        assertEquals(new EntityIds("D007649", "DB01221", "CHEBI:6121", null), ids("ketamine"));
        assertEquals("DB11823", ids("esketamine").drugbank());
        assertEquals("DB11859", ids("brexanolone").drugbank());
        assertEquals("D019274", ids("botulinum-toxin-a").mesh());
        assertEquals("D004565", ids("ect").mesh());
        assertEquals("D050781", ids("tms").mesh());
        assertEquals("D019208", ids("bdnf").mesh());
        assertEquals("D011963", ids("gaba-a-receptor").mesh());
        assertEquals("D016194", ids("nmda-receptor").mesh());
        assertEquals("GO:0022008", ids("neurogenesis").go());
    }

    @Test
    void aDrugNewerThanTheMeshReleaseHasNoDescriptor() {
        // MeSH here is the 2016 release: zuranolone and brexanolone have none, and none is guessed
        assertNull(ids("zuranolone").mesh());
        assertNull(ids("brexanolone").mesh());
        assertTrue(ids("esketamine").mesh() == null || ids("esketamine").mesh().startsWith("C"),
                "esketamine may only have a supplementary concept: " + ids("esketamine"));
    }

    @Test
    void everyIdHasTheFormatOfItsVocabulary() {
        Map<String, String> wrong = new TreeMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            check(wrong, e.id(), e.ids().mesh(), Pattern.compile("D\\d{6}|D\\d{9}|C\\d{6}|C\\d{9}"));
            check(wrong, e.id(), e.ids().drugbank(), Pattern.compile("DB\\d{5}"));
            check(wrong, e.id(), e.ids().chebi(), Pattern.compile("CHEBI:[1-9]\\d*"));
            check(wrong, e.id(), e.ids().go(), Pattern.compile("GO:\\d{7}"));
            if (e.ids().go() != null && e.kind() != EntityKind.MECHANISM) {
                wrong.put(e.id(), "a GO term on a therapy");
            }
        }
        assertEquals(Map.of(), wrong);
        assertTrue(lexicon.entries().stream().filter(e -> e.ids().hasAny()).count() >= 200);
    }

    private static void check(Map<String, String> wrong, String entry, String id, Pattern format) {
        if (id != null && !format.matcher(id).matches()) {
            wrong.put(entry, id);
        }
    }

    @Test
    void noTwoEntriesShareAnId() {
        for (Function<EntityIds, String> namespace : List.<Function<EntityIds, String>>of(
                EntityIds::mesh, EntityIds::drugbank, EntityIds::chebi, EntityIds::go)) {
            Map<String, String> owner = new HashMap<>();
            for (LexiconEntry e : lexicon.entries()) {
                String id = namespace.apply(e.ids());
                if (id != null) {
                    String before = owner.put(id, e.id());
                    assertNull(before, id + " is given to " + before + " and " + e.id());
                }
            }
        }
    }

    @Test
    void aVocabularySynonymNeverTakesAFormTheLexiconGivesAnotherEntry() {
        LexiconEntry drug = new LexiconEntry("drug-a", "drug a", EntityKind.THERAPY, "DRUG", List.of(), null)
                .withVocabulary(EntityIds.NONE, List.of("drug b", "alpha drug"));
        LexiconEntry other = new LexiconEntry("drug-b", "drug b", EntityKind.THERAPY, "DRUG", List.of(), null);
        LexiconMatcher matcher = new LexiconMatcher(new Lexicon(List.of(drug, other), "v"));
        assertEquals(List.of("drug-b", "drug-a"),
                matcher.match("drug b, alpha drug").stream().map(m -> m.entry().id()).toList());
    }

    @Test
    void aNameOutsideTheLexiconGetsTheIdsOfTheVocabularyNameWrittenLikeIt() {
        assertEquals("DB00203", lexicon.discoveredIds("sildenafil").drugbank());
        assertEquals(EntityIds.NONE, lexicon.discoveredIds("xylitol-chewing-gum-regimen"));
    }

    @Test
    void aGeneratedFileNamingAnEntryTheLexiconLacksOrABadIdIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> LexiconFiles.parseIds("ketamine\tketamine\t\t\t\n", "ids.tsv"));
        assertThrows(IllegalArgumentException.class,
                () -> LexiconFiles.parseIds("ketamine\tD007649\t\t\n", "ids.tsv"));
        assertEquals(Map.of("ketamine", List.of("Ketamina", "Ketaminum")),
                LexiconFiles.parseSynonyms("# comment\nketamine\tKetamina|Ketaminum\n", "vocabulary-synonyms.tsv"));
    }
}
