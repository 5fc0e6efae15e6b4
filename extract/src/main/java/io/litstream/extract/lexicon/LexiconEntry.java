package io.litstream.extract.lexicon;

import io.litstream.topics.extraction.EntityIds;
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
 * @param ids      identifiers in outside vocabularies (from the generated {@code ids.tsv}), or
 *                 {@link EntityIds#NONE}
 * @param vocabularySynonyms names taken from an outside vocabulary (the generated
 *                 {@code vocabulary-synonyms.tsv}); matched like synonyms, but a hand-written form of
 *                 any entry wins over them
 */
public record LexiconEntry(String id, String name, EntityKind kind, String category, List<String> synonyms,
                           String parent, EntityIds ids, List<String> vocabularySynonyms) {
    public LexiconEntry {
        synonyms = List.copyOf(synonyms);
        ids = ids == null ? EntityIds.NONE : ids;
        vocabularySynonyms = vocabularySynonyms == null ? List.of() : List.copyOf(vocabularySynonyms);
    }

    /** A hand-written entry, before the vocabularies are merged in. */
    public LexiconEntry(String id, String name, EntityKind kind, String category, List<String> synonyms,
                        String parent) {
        this(id, name, kind, category, synonyms, parent, EntityIds.NONE, List.of());
    }

    /** This entry with its outside ids and vocabulary synonyms. */
    public LexiconEntry withVocabulary(EntityIds outsideIds, List<String> fromVocabulary) {
        return new LexiconEntry(id, name, kind, category, synonyms, parent, outsideIds, fromVocabulary);
    }
}
