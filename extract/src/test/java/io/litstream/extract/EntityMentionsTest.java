package io.litstream.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.extract.lexicon.LexiconMatcher;
import io.litstream.extract.lexicon.Match;
import io.litstream.extract.ner.ModelTherapies;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.extraction.FoundEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMentionsTest {
    @Test
    void aDrugAndItsClassStayDistinctButTheDrugNamesItsClassesNearestFirst() {
        Lexicon lexicon = Lexicon.shared();
        EntityMentions mentions = new EntityMentions(lexicon);
        new LexiconMatcher(lexicon).match("Zoloft and other SSRIs; sertraline again.").forEach(mentions::add);

        List<FoundEntity> found = mentions.found();
        assertEquals(List.of("sertraline", "ssri"), found.stream().map(FoundEntity::id).toList());
        assertEquals(List.of("Zoloft", "sertraline"), found.get(0).mentions());
        assertEquals(List.of("ssri", "antidepressants"), found.get(0).parents());
        assertEquals(List.of("antidepressants"), found.get(1).parents());
    }

    @Test
    void aLexiconTherapyCarriesItsIdsAndADiscoveredOneTheIdsOfTheVocabularyNameItMatchesExactly() {
        Lexicon lexicon = Lexicon.shared();
        EntityMentions mentions = new EntityMentions(lexicon);
        new LexiconMatcher(lexicon).match("Ketalar was given.").forEach(mentions::add);
        mentions.add(discovered("sildenafil", "Sildenafil"));
        mentions.add(discovered("xylitol-gum", "Xylitol gums"));

        List<FoundEntity> found = mentions.found();
        assertEquals(List.of("ketamine", "sildenafil", "xylitol-gum"), found.stream().map(FoundEntity::id).toList());
        assertEquals("D007649", found.get(0).ids().mesh());
        assertEquals(new EntityIds(null, "DB00203", "CHEBI:9139", null), found.get(1).ids());
        assertNull(found.get(2).ids());
    }

    private static Match discovered(String id, String name) {
        return new Match(new LexiconEntry(id, name, EntityKind.THERAPY, ModelTherapies.CATEGORY, List.of(), null),
                0, name.length(), name, -1, -1);
    }
}
