package io.litstream.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private final Lexicon lexicon = Lexicon.shared();

    @Test
    void theShippedLexiconCoversTherapiesAndMechanismsBroadly() {
        long therapies = lexicon.entries().stream().filter(e -> e.kind() == EntityKind.THERAPY).count();
        long mechanisms = lexicon.entries().stream().filter(e -> e.kind() == EntityKind.MECHANISM).count();
        assertTrue(therapies >= 300, "therapies: " + therapies);
        assertTrue(mechanisms >= 100, "mechanisms: " + mechanisms);
        assertTrue(lexicon.entries().stream().filter(e -> e.kind() == EntityKind.THERAPY)
                .allMatch(e -> LexiconFiles.THERAPY_CATEGORIES.contains(e.category())));
    }

    @Test
    void aDrugLinksToItsClassAndTheClassToItsFamily() {
        List<String> ancestors = lexicon.ancestors("sertraline").stream().map(LexiconEntry::id).toList();
        assertEquals(List.of("ssri", "antidepressants"), ancestors);
        assertEquals("selective serotonin reuptake inhibitors", lexicon.entry("ssri").orElseThrow().name());
    }

    @Test
    void everyDrugBelongsToADrugClass() {
        List<String> classless = lexicon.entries().stream()
                .filter(e -> e.category().equals("DRUG"))
                .filter(e -> lexicon.ancestors(e.id()).stream().noneMatch(a -> a.category().equals("DRUG_CLASS")))
                .map(LexiconEntry::id).toList();
        assertEquals(List.of(), classless);
    }

    @Test
    void noWrittenFormNamesTwoEntries() {
        Map<List<String>, Set<String>> idsByKeys = new HashMap<>();
        for (LexiconEntry e : lexicon.entries()) {
            List<String> forms = new ArrayList<>(e.synonyms());
            forms.add(e.name());
            forms.addAll(e.vocabularySynonyms());
            for (String form : forms) {
                for (List<String> keys : Lexicon.keysOf(form)) {
                    // blocked phrases are all alike: listing singular and plural is harmless
                    idsByKeys.computeIfAbsent(keys, k -> new TreeSet<>())
                            .add(e.kind() == EntityKind.NONE ? "(blocked phrase)" : e.id());
                }
            }
        }
        Map<List<String>, Set<String>> ambiguous = new HashMap<>();
        idsByKeys.forEach((keys, ids) -> {
            if (ids.size() > 1) {
                ambiguous.put(keys, ids);
            }
        });
        assertEquals(Map.of(), ambiguous);
    }

    @Test
    void aDuplicateIdOrAnUnknownParentIsRejected() {
        LexiconEntry ssri = new LexiconEntry("ssri", "SSRIs", EntityKind.THERAPY, "DRUG_CLASS", List.of(), null);
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> new Lexicon(List.of(ssri, ssri), "v"));
        assertTrue(duplicate.getMessage().contains("duplicate lexicon id ssri"));
        IllegalArgumentException orphan = assertThrows(IllegalArgumentException.class, () -> new Lexicon(List.of(
                new LexiconEntry("sertraline", "sertraline", EntityKind.THERAPY, "DRUG", List.of(), "ssri")), "v"));
        assertTrue(orphan.getMessage().contains("unknown parent ssri"));
    }

    @Test
    void ancestorsRunNearestFirstThroughSeveralLevels() {
        assertEquals(List.of("thyroid-hormone", "hormone-therapies", "antidepressant-augmentation"),
                lexicon.ancestors("liothyronine").stream().map(LexiconEntry::id).toList());
        assertEquals(List.of("nassa", "atypical-antidepressants", "antidepressants"),
                lexicon.ancestors("mirtazapine").stream().map(LexiconEntry::id).toList());
    }

    @Test
    void theVersionIsAStableContentHash() {
        assertEquals(Lexicon.loadDefault().version(), lexicon.version());
        assertTrue(lexicon.version().matches("[0-9a-f]{10}"));
    }

    @Test
    void malformedFilesAreRejectedWithTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                LexiconFiles.parseEntries("# header\nketamine\tketamine\tPILL\tKetalar\n", EntityKind.THERAPY, "t.tsv"));
        assertTrue(e.getMessage().contains("t.tsv line 2"));
        assertThrows(IllegalArgumentException.class, () -> new Lexicon(List.of(
                new LexiconEntry("a", "a", EntityKind.THERAPY, "DRUG", List.of(), "missing")), "v"));
    }
}
