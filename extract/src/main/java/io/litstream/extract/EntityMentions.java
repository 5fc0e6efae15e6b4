package io.litstream.extract;

import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.extract.lexicon.Match;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.FoundEntity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gathers the mentions of one kind of entity over an article: each entity once, in order of first
 * appearance, with its distinct surface forms (compared ignoring case) in order of appearance,
 * and the ids of its broader lexicon entries, nearest first (sertraline: {@code ssri},
 * {@code antidepressants}), so that a drug and its class stay distinct entities but linked, and
 * its identifiers in outside vocabularies.
 */
final class EntityMentions {
    private final Lexicon lexicon;
    private final Map<String, Entry> byId = new LinkedHashMap<>();

    private record Entry(LexiconEntry entity, Map<String, String> mentions) {
    }

    /** Over the shipped lexicon ({@link Lexicon#shared()}). */
    EntityMentions() {
        this(Lexicon.shared());
    }

    /** @param lexicon where the entities' broader entries are looked up */
    EntityMentions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void add(Match match) {
        Entry e = byId.computeIfAbsent(match.entry().id(), id -> new Entry(match.entry(), new LinkedHashMap<>()));
        String surface = match.surface().replaceAll("\\s+", " ").strip();
        e.mentions().putIfAbsent(surface.toLowerCase(Locale.ROOT), surface);
    }

    List<FoundEntity> found() {
        List<FoundEntity> out = new ArrayList<>(byId.size());
        for (Entry e : byId.values()) {
            List<String> parents = lexicon.ancestors(e.entity().id()).stream().map(LexiconEntry::id).toList();
            // a therapy the name finder discovered is no lexicon entry: its ids come by its canonical id
            EntityIds ids = lexicon.entry(e.entity().id()).isPresent() ? e.entity().ids()
                    : lexicon.discoveredIds(e.entity().id());
            out.add(new FoundEntity(e.entity().id(), e.entity().name(), e.entity().category(),
                    List.copyOf(e.mentions().values()), parents, ids));
        }
        return out;
    }
}
