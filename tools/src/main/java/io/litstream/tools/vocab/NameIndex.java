package io.litstream.tools.vocab;

import io.litstream.extract.lexicon.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Vocabulary names under the keys the lexicon matches by ({@link Lexicon#formKeys}), so that a
 * lexicon form and a vocabulary name meet exactly when the extractor would take them for one name.
 */
final class NameIndex {
    private final Map<String, Set<String>> idsByKey = new HashMap<>();

    void add(String name, String id) {
        for (String key : Lexicon.formKeys(name)) {
            idsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
        }
    }

    /** Adds a MeSH name with its comma forms too: "Receptors, GABA-A" is also "GABA-A Receptors". */
    void addMesh(String name, String id) {
        add(name, id);
        int comma = name.indexOf(", ");
        if (comma > 0 && name.indexOf(", ", comma + 2) < 0) {
            add(name.substring(0, comma) + " " + name.substring(comma + 2), id);
            add(name.substring(comma + 2) + " " + name.substring(0, comma), id);
        }
    }

    /** The ids some vocabulary name of which is written like {@code form}. */
    Set<String> find(String form) {
        Set<String> out = new TreeSet<>();
        for (String key : Lexicon.formKeys(form)) {
            out.addAll(idsByKey.getOrDefault(key, Set.of()));
        }
        return out;
    }

    /** The ids some name of which is written like one of {@code forms}. */
    Set<String> findAny(List<String> forms) {
        Set<String> out = new TreeSet<>();
        forms.forEach(f -> out.addAll(find(f)));
        return out;
    }
}
