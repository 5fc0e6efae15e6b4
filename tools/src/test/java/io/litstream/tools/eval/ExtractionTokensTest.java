package io.litstream.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.tools.ner.EbmNlpDocument;
import io.litstream.tools.ner.F1Counts;
import io.litstream.extract.ner.TaggedToken;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.FoundEntity;
import io.litstream.topics.extraction.TrialArm;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionTokensTest {
    private static final EbmNlpDocument DOC = new EbmNlpDocument("1", List.of(
            List.of(new TaggedToken("Sertraline", "I-INT"), new TaggedToken("versus", "O"),
                    new TaggedToken("placebo", "I-INT")),
            List.of(new TaggedToken("Patients", "O"), new TaggedToken("took", "O"),
                    new TaggedToken("sertraline", "I-INT"), new TaggedToken("daily", "O"), new TaggedToken(".", "O"))));

    private static RawArticle article(String text) {
        return new RawArticle("sha256:1", "1.txt", RawArticle.SourceKind.DIRECTORY, "text", "t", text, null, null,
                null, null, null, null, null);
    }

    @Test
    void theAbstractIsWrittenAsATitleLineABlankLineAndTheRest() {
        assertEquals("Sertraline versus placebo\n\nPatients took sertraline daily .\n", ExtractionTokens.render(DOC));
    }

    @Test
    void armsCoverTokensByOffsetAndTherapyMentionsByEveryWholeWordOccurrence() {
        String text = ExtractionTokens.render(DOC);
        ArticleExtraction x = new ArticleExtraction("sha256:1", null, null, null, null, null, null,
                List.of(new FoundEntity("sertraline", "sertraline", "DRUG", List.of("Sertraline"))), List.of(),
                List.of(), 2, 8, List.of(new TrialArm("placebo", TrialArm.Role.COMPARATOR, null, 18, 25),
                        new TrialArm("daily", TrialArm.Role.UNKNOWN, null, 52, 57)));

        F1Counts counts = ExtractionTokens.score(DOC, article(text), x);

        // both sertraline tokens by mention, placebo by its arm, "daily" a false positive
        assertEquals(new F1Counts(3, 1, 0), counts);
    }

    @Test
    void anArticleThatWasNotReadFindsNothing() {
        assertEquals(new F1Counts(0, 0, 3), ExtractionTokens.score(DOC, null, null));
    }
}
