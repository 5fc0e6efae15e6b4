package io.litstream.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private final Lexicon lexicon = Lexicon.shared();

    @Test
    void theShippedLexiconCoversTherapiesAndMechanismsBroadly() {
        long therapies = lexicon.entries().stream().filter(e -> e.kind() == EntityKind.THERAPY).count();
        long mechanisms = lexicon.entries().stream().filter(e -> e.kind() == EntityKind.MECHANISM).count();
        assertTrue(therapies >= 150, "therapies: " + therapies);
        assertTrue(mechanisms >= 60, "mechanisms: " + mechanisms);
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
