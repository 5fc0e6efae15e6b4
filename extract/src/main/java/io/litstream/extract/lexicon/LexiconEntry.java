package io.litstream.extract.lexicon;

import java.util.List;

/**
 * One canonical entity of the lexicon.
 *
 * @param id       canonical id, lower-case kebab ({@code mesenchymal-stem-cells})
 * @param name     canonical display name ({@code mesenchymal stem cells})
 * @param kind     therapy, mechanism, or a blocked phrase
 * @param category therapy type (DRUG, DRUG_CLASS, ...) or mechanism family (RECEPTOR, IMMUNE, ...)
 * @param synonyms other ways to write it; the name is matched too
 * @param parent   id of the broader entry (a drug's class), or {@code null}
 */
public record LexiconEntry(String id, String name, EntityKind kind, String category, List<String> synonyms,
                           String parent) {
    public LexiconEntry {
        synonyms = List.copyOf(synonyms);
    }
}
