package io.litstream.tools.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.topics.extraction.EntityIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping on a small vocabulary written for the test, and on the shared one when it is there. */
class VocabularyMappingTest {
    private static final Review NO_REVIEW = Review.parse("");

    @TempDir
    Path dir;

    private static LexiconEntry drug(String id, String name, String parent, String... synonyms) {
        return new LexiconEntry(id, name, EntityKind.THERAPY, "DRUG", List.of(synonyms), parent);
    }

    private static final List<LexiconEntry> LEXICON = List.of(
            new LexiconEntry("antidepressants", "antidepressants", EntityKind.THERAPY, "DRUG_CLASS", List.of(), null),
            drug("ketamine", "ketamine", "antidepressants", "Ketalar"),
            drug("esketamine", "esketamine", "antidepressants", "S-ketamine"),
            drug("neurosteroids", "neurosteroids", "antidepressants"),
            drug("brexanolone", "brexanolone", "neurosteroids"),
            drug("allopregnanolone", "allopregnanolone", "neurosteroids"),
            new LexiconEntry("stem-cell-therapy", "stem cell therapy", EntityKind.THERAPY, "CELL_GENE_THERAPY",
                    List.of("stem cells", "stem cell transplantation"), null),
            new LexiconEntry("gaba-a-receptor", "GABA-A receptor", EntityKind.MECHANISM, "RECEPTOR", List.of(), null),
            new LexiconEntry("neurogenesis", "neurogenesis", EntityKind.MECHANISM, "PLASTICITY", List.of(), null));

    private Vocabulary vocabulary() throws IOException {
        write("mesh-descriptors.tsv", "mesh_id\tmesh_name\nD007649\tKetamine\nD011963\tReceptors, GABA-A\n"
                + "D013234\tStem Cells\nD033581\tStem Cell Transplantation\nD055495\tNeurogenesis\n");
        write("mesh-tree-numbers.tsv", "mesh_id\tmesh_name\tmesh_tree_number\nD007649\tKetamine\tD27.505.696.1\n");
        write("mesh-mappings.tsv", "MESH\tD007649\tKetamine\tCHEBI\tCHEBI:6121\tketamine\n"
                + "MESH\tD055495\tNeurogenesis\tGO\tGO:0022008\tneurogenesis\n"
                + "MESH\tC000629870\tEsketamine\tNCIT\tC81400\tEsketamine\n");
        write("drugbank-vocabulary.csv", "DrugBank ID;Accession Numbers;Common name;CAS;UNII;Synonyms;Standard InChI Key\n"
                + "DB01221;APRD00493;Ketamine;;;Ketamina | NMDA | Special K | Ketaminum;\n"
                + "DB11823;;Esketamine;;;S-ketamine | Esketamina | L-ketamine;\n"
                + "DB11859;;Brexanolone;;;Allopregnanolone | \"Brexanolone (SAGE;547)\";\n"
                + "DB99999;;Ketaminum;;;;\n");
        write("drugbank-mappings.tsv", "DRUGBANK_ID\tNAMESPACE\tID\tSOURCE\nDB01221\tCHEBI\t6121\tdrugbank\n"
                + "DB01221\tCHEBI\t60799\tchebi\n");
        return Vocabulary.read(dir);
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
    }

    private static Map<String, EntryMapping> byId(List<EntryMapping> mappings) {
        return mappings.stream().collect(Collectors.toMap(m -> m.entry().id(), Function.identity()));
    }

    @Test
    void aDrugGetsTheIdsItsNameHasInEachVocabularyAndDrugBanksOwnChebiId() throws IOException {
        Map<String, EntryMapping> m = byId(new IdMapper(vocabulary(), NO_REVIEW).map(LEXICON));

        assertEquals(new EntityIds("D007649", "DB01221", "CHEBI:6121", null), m.get("ketamine").ids());
        assertEquals(new EntityIds("C000629870", "DB11823", null, null), m.get("esketamine").ids());
        assertEquals("D011963", m.get("gaba-a-receptor").ids().mesh(), "MeSH's inverted name is read both ways");
        assertEquals(new EntityIds("D055495", null, null, "GO:0022008"), m.get("neurogenesis").ids());
    }

    @Test
    void anAmbiguousOrSharedIdIsLeftOutAndTheCloserMatchKeepsIt() throws IOException {
        Map<String, EntryMapping> m = byId(new IdMapper(vocabulary(), NO_REVIEW).map(LEXICON));

        assertFalse(m.get("stem-cell-therapy").ids().hasAny());
        assertTrue(m.get("stem-cell-therapy").notes().get(0).contains("ambiguous"));
        // DrugBank lists allopregnanolone as a synonym of brexanolone: brexanolone's name matches better
        assertEquals("DB11859", m.get("brexanolone").ids().drugbank());
        assertNull(m.get("allopregnanolone").ids().drugbank());
    }

    @Test
    void aReviewedDecisionRemovesAnId() throws IOException {
        Review review = Review.parse("# why\nketamine\tmesh\t-\tnot this one\n");
        EntryMapping ketamine = byId(new IdMapper(vocabulary(), review).map(LEXICON)).get("ketamine");

        assertNull(ketamine.ids().mesh());
        assertEquals("DB01221", ketamine.ids().drugbank());
    }

    @Test
    void drugBankSynonymsJoinTheirTherapyWithoutCodesOtherDrugsNamesOrReviewedOnes() throws IOException {
        Vocabulary vocabulary = vocabulary();
        Review review = Review.parse("ketamine\tsynonym\tSpecial K\tstreet name\n");
        List<EntryMapping> mappings = new IdMapper(vocabulary, review).map(LEXICON);
        SynonymHarvest harvest = new SynonymHarvest(vocabulary, review, LEXICON);
        Map<String, List<String>> synonyms = harvest.harvest(mappings);

        List<String> ketamine = synonyms.get("ketamine");
        assertTrue(ketamine.contains("Ketamina"), ketamine.toString());
        assertTrue(ketamine.contains("Ketamine hydrochloride"), ketamine.toString());
        assertFalse(ketamine.contains("NMDA"), "a short code");
        assertFalse(ketamine.contains("Special K"), "reviewed");
        assertFalse(ketamine.contains("Ketaminum"), "DrugBank gives the name to another drug too");
        List<String> esketamine = synonyms.get("esketamine");
        assertTrue(esketamine.containsAll(List.of("Esketamina", "L-ketamine", "Esketamine hydrochloride")));
        assertFalse(esketamine.contains("S-ketamine"), "the lexicon has it already");
        assertFalse(synonyms.getOrDefault("brexanolone", List.of()).contains("Allopregnanolone"),
                "the lexicon gives it to another entry");
        assertTrue(harvest.rejected().stream().anyMatch(r -> r.startsWith("ketamine\tNMDA\tshort code")));
    }

    @Test
    void aDiscoveredTherapyIsLookedUpByItsCanonicalId() throws IOException {
        Map<String, EntityIds> names = DiscoveryNames.of(vocabulary());

        assertEquals(new EntityIds("D007649", "DB01221", "CHEBI:6121", null), names.get("ketamine"));
        assertEquals("DB11823", names.get("l-ketamine").drugbank());
        assertNull(names.get("ketaminum"), "two DrugBank drugs share the name");
    }

    @Test
    void theShippedTablesAreWhatTheSharedVocabulariesGiveNow() throws IOException {
        Path shared = Path.of("../../shared/data/vocab");
        Path shipped = Path.of("../extract/src/main/resources/io/litstream/extract/lexicon");
        assumeTrue(Files.isDirectory(shared) && Files.isDirectory(shipped), "no shared vocabularies here");
        Vocabulary vocabulary = Vocabulary.read(shared);
        List<LexiconEntry> lexicon = Lexicon.handWritten();
        List<EntryMapping> mappings = new IdMapper(vocabulary, Review.shipped()).map(lexicon);
        DerivedTables.writeIds(dir, mappings);
        DerivedTables.writeSynonyms(dir, new SynonymHarvest(vocabulary, Review.shipped(), lexicon).harvest(mappings));
        DerivedTables.writeNames(dir, DiscoveryNames.of(vocabulary));

        for (String table : List.of(DerivedTables.IDS, DerivedTables.SYNONYMS, DerivedTables.NAMES)) {
            assertEquals(Files.readString(shipped.resolve(table)), Files.readString(dir.resolve(table)),
                    table + " is stale: run ./litstream vocab");
        }
    }
}
