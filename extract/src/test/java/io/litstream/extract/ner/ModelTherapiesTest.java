package io.litstream.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.ArticleExtractor;
import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.Match;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.FoundEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTherapiesTest {
    private final ModelTherapies therapies = ModelTherapies.shipped();

    @Test
    void genericWordsAreTrimmedAndTheRestNamesTheTherapy() {
        String text = "the daily citicoline tablets helped";
        Match m = therapies.accept(text, 0, text.indexOf(" helped"));

        assertEquals("citicoline tablets", m.surface());
        assertEquals("citicoline-tablet", m.entry().id());
        assertEquals(EntityKind.THERAPY, m.kind());
        assertEquals(ModelTherapies.CATEGORY, m.entry().category());
        assertEquals(text.indexOf("citicoline"), m.start());
    }

    @Test
    void genericOnlyDiseaseAndNumericMentionsAreNoTherapies() {
        for (String mention : List.of("placebo", "usual care", "the treatment", "depressive symptoms", "20 mg",
                "alcohol", "x")) {
            assertNull(therapies.accept(mention, 0, mention.length()), mention);
        }
    }

    @Test
    void regulatorsAndRatingScalesAreNoTherapies() {
        for (String mention : List.of("FDA", "the EMA", "HAM-D", "MADRS", "Food and Drug Administration")) {
            assertNull(therapies.accept(mention, 0, mention.length()), mention);
        }
    }

    @Test
    void theCanonicalIdFoldsCaseHyphensAndPlurals() {
        assertEquals("nitrous-oxide", ModelTherapies.canonicalId("Nitrous Oxide"));
        assertEquals(ModelTherapies.canonicalId("Xylitol-gums"), ModelTherapies.canonicalId("xylitol gum"));
    }

    private static ArticleExtraction extract(String text) {
        return ArticleExtractor.create().extract(new RawArticle("t", "t", RawArticle.SourceKind.DIRECTORY, "text",
                null, text, null, null, null, null, null, null, null));
    }

    @Test
    void theExtractorTakesAModelTherapyFromASentenceThatStatesAFinding() {
        ArticleExtraction x = extract("In a randomized trial, citicoline significantly improved depressive symptoms"
                + " compared with placebo.");

        FoundEntity found = x.therapies().stream().filter(t -> t.id().equals("citicoline")).findFirst()
                .orElseThrow(() -> new AssertionError(x.therapies().toString()));
        assertEquals(ModelTherapies.CATEGORY, found.category());
        assertTrue(x.claims().stream().anyMatch(c -> c.therapy().equals("citicoline")), x.claims()::toString);
    }

    @Test
    void aChemicalInASentenceWithoutAFindingIsNoTherapy() {
        ArticleExtraction x = extract("Participants were asked to avoid citicoline and caffeine before the visit.");

        assertFalse(x.therapies().stream().anyMatch(t -> ModelTherapies.CATEGORY.equals(t.category())),
                x.therapies()::toString);
    }

    @Test
    void aLexiconTherapyIsNotReportedTwice() {
        ArticleExtraction x = extract("Sertraline significantly improved depressive symptoms compared with placebo.");

        assertEquals(List.of("sertraline"), x.therapies().stream().map(FoundEntity::id).toList());
    }
}
