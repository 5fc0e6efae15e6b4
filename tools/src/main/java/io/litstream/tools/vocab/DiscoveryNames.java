package io.litstream.tools.vocab;

import io.litstream.extract.ner.ModelTherapies;
import io.litstream.topics.extraction.EntityIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ids a therapy the name finder discovers may get: every DrugBank name and synonym, and the
 * MeSH names of chemicals and drugs (tree D, and the supplementary concepts) and of therapeutic
 * techniques (E02, and behaviour therapies F04.754), under the canonical id such a therapy gets
 * ({@link ModelTherapies#canonicalId}: folded words joined by hyphens). A name two drugs or two
 * descriptors share gets none of them.
 */
final class DiscoveryNames {
    static final List<String> MESH_TREES = List.of("D", "E02", "F04.754");
    private static final int MIN_CHARS = 3;
    private static final int MAX_CHARS = 60;
    /** As many words as a discovered therapy may have ({@code ModelTherapies.MAX_WORDS}): longer names are never looked up. */
    private static final int MAX_WORDS = 5;

    private DiscoveryNames() {
    }

    static Map<String, EntityIds> of(Vocabulary vocabulary) {
        Map<String, Set<String>> mesh = new HashMap<>();
        Map<String, Set<String>> drugbank = new HashMap<>();
        vocabulary.mesh().forEach((id, name) -> {
            if (id.startsWith("C") || vocabulary.meshTrees().getOrDefault(id, List.of()).stream()
                    .anyMatch(t -> MESH_TREES.stream().anyMatch(t::startsWith))) {
                for (String form : meshForms(name)) {
                    add(mesh, form, id);
                }
            }
        });
        for (Vocabulary.DrugBankDrug d : vocabulary.drugs()) {
            add(drugbank, d.name(), d.id());
            d.synonyms().forEach(s -> add(drugbank, s, d.id()));
        }
        Map<String, EntityIds> out = new TreeMap<>();
        Set<String> keys = new TreeSet<>(mesh.keySet());
        keys.addAll(drugbank.keySet());
        for (String key : keys) {
            String m = only(mesh.get(key));
            String d = only(drugbank.get(key));
            EntityIds ids = new EntityIds(m, d, vocabulary.chebi(m, d), null);
            if (ids.hasAny()) {
                out.put(key, ids);
            }
        }
        return out;
    }

    private static List<String> meshForms(String name) {
        int comma = name.indexOf(", ");
        if (comma > 0 && name.indexOf(", ", comma + 2) < 0) {
            return List.of(name, name.substring(comma + 2) + " " + name.substring(0, comma));
        }
        return List.of(name);
    }

    private static void add(Map<String, Set<String>> map, String form, String id) {
        if (form.length() < MIN_CHARS || form.length() > MAX_CHARS) {
            return;
        }
        String key = ModelTherapies.canonicalId(form);
        if (!key.isEmpty() && key.split("-").length <= MAX_WORDS) {
            map.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
        }
    }

    private static String only(Set<String> ids) {
        return ids != null && ids.size() == 1 ? ids.iterator().next() : null;
    }
}
