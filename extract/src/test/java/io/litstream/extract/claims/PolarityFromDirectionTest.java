package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.extract.ArticleExtractor;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.Claim;
import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Direction;
import io.litstream.topics.extraction.Polarity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 20, item 3: a trial finding's polarity follows from its direction and significance. */
class PolarityFromDirectionTest {
    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.create();
    }

    private static Claim only(String text, ClaimType type) {
        List<Claim> claims = extractor.extract(new RawArticle("id", "test", RawArticle.SourceKind.DIRECTORY, "text", null,
                text, null, null, null, null, null, null, null)).claims().stream().filter(c -> c.type() == type).toList();
        assertEquals(1, claims.size(), claims.toString());
        return claims.get(0);
    }

    private static void assertRead(String sentence, ClaimType type, Direction direction, Polarity polarity) {
        Claim c = only(sentence, type);
        assertEquals(direction, c.direction(), sentence);
        assertEquals(polarity, c.polarity(), sentence);
    }

    @Test
    void matchingAnActiveDrugIsNoDifferenceAndSoNoEffect() {
        assertRead("Sertraline was as effective as escitalopram on the HAM-D at week eight.", ClaimType.EFFICACY,
                Direction.NO_DIFFERENCE, Polarity.NO_EFFECT);
    }

    @Test
    void aHarmThatDoesNotDifferSignificantlySpeaksForSafety() {
        assertRead("Adverse events were slightly more frequent with vortioxetine than with placebo (p = 0.34).",
                ClaimType.SAFETY, Direction.NO_DIFFERENCE, Polarity.SUPPORTS);
    }

    @Test
    void theVerbSaysTheWayWhenMoreOnlySaysHowMuch() {
        assertRead("Bright light therapy improved MADRS scores more than sham light did (p = 0.004).", ClaimType.EFFICACY,
                Direction.BETTER, Polarity.SUPPORTS);
    }

    @Test
    void aFailureToImproveIsNoDifferenceRatherThanHarm() {
        assertRead("Compared with usual care, mindfulness training failed to improve HAM-D scores at six months.",
                ClaimType.EFFICACY, Direction.NO_DIFFERENCE, Polarity.NO_EFFECT);
    }
}
