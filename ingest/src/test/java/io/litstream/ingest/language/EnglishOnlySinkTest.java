package io.litstream.ingest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.RecordingSink;
import io.litstream.ingest.identity.ContentHash;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnglishOnlySinkTest {
    private final RecordingSink recorded = new RecordingSink();
    private final EnglishOnlySink sink = new EnglishOnlySink(recorded);

    @Test
    void anEnglishArticlePasses() {
        sink.accept(article("In a randomized controlled trial, a single ketamine infusion reduced depressive symptoms "
                + "within a day compared with placebo. The effect was not lasting and it faded for most of the patients "
                + "that were treated with it by the end of the first week."));
        assertEquals(1, recorded.articles().size());
        assertTrue(recorded.rejections().isEmpty());
    }

    @Test
    void aGermanArticleBecomesAnUnsupportedLanguageDeadLetterNamingTheLanguage() {
        sink.accept(article("In einer randomisierten kontrollierten Studie hat eine einzelne Ketamin-Infusion die "
                + "depressiven Symptome innerhalb eines Tages im Vergleich mit Placebo verringert. Die Wirkung ist nicht "
                + "von Dauer und wird bei den meisten Patienten nach einer Woche schwächer. Lithium wird auch bei der "
                + "Behandlung eingesetzt, ist aber für die akute Phase nicht geeignet."));
        assertTrue(recorded.articles().isEmpty());
        RecordingSink.Rejected r = recorded.rejections().get(0);
        assertEquals("notes/article.txt", r.source());
        assertEquals(DeadLetterReason.UNSUPPORTED_LANGUAGE, r.rejection().reason());
        assertTrue(r.rejection().detail().contains("'de'"), r.rejection().detail());
    }

    @Test
    void aShortTextThatCannotBeJudgedPasses() {
        sink.accept(article("Ketamin und Lithium."));
        assertEquals(1, recorded.articles().size());
    }

    private static RawArticle article(String text) {
        return new RawArticle("sha256:" + ContentHash.of(text), "notes/article.txt", RawArticle.SourceKind.DIRECTORY,
                "text", null, text, null, null, null, null, null, ContentHash.of(text), Instant.EPOCH);
    }
}
