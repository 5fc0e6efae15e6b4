package io.litstream.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.lexicon.LexiconMatcher;
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
}
