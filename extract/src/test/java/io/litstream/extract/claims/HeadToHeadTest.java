package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.extract.ArticleExtractor;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.Claim;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whose claim a sentence of a head-to-head trial is. */
class HeadToHeadTest {
    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.create();
    }

    private static List<Claim> claims(String title, String text) {
        return extractor.extract(new RawArticle("id", "test", RawArticle.SourceKind.DIRECTORY, "text", title, text,
                null, null, null, null, null, null, null)).claims();
    }

    private static List<String> about(String title, String text, String sentenceStart) {
        return claims(title, text).stream()
                .filter(c -> c.sentence().startsWith(sentenceStart)).map(Claim::therapy).distinct().toList();
    }

    private static final String TITLE = "Bupropion against sertraline in major depression";

    private static final String TRIAL = "We randomised 120 outpatients with major depression to bupropion or sertraline "
            + "for eight weeks. ";

    @Test
    void aResultSettingTheTitlesTherapyBesideItsComparatorIsTheTitleTherapys() {
        assertEquals(List.of("bupropion"), about(TITLE, TRIAL
                + "Response did not differ significantly between bupropion and sertraline (p = 0.42).", "Response"));
        assertEquals(List.of("bupropion"), about(TITLE, TRIAL
                + "Remission occurred in 41% of the bupropion group and 38% of the sertraline group.", "Remission"));
    }

    @Test
    void theComparatorInAClauseOfItsOwnKeepsItsClaim() {
        assertEquals(List.of("bupropion", "sertraline"), about(null, TRIAL
                + "Bupropion did not differ from sertraline on response, but sertraline caused more nausea.", "Bupropion"));
    }

    @Test
    void aComparatorNamedAgainInAClauseOfItsOwnTakesThatClausesFinding() {
        List<Claim> claims = claims(TITLE, TRIAL + "Response did not differ between bupropion and sertraline, but "
                + "nausea was more frequent in the sertraline group than in the bupropion group (p = 0.01).");
        assertEquals(List.of("bupropion|EFFICACY|NO_EFFECT", "sertraline|SAFETY|REFUTES"), claims.stream()
                .filter(c -> c.sentence().startsWith("Response"))
                .map(c -> c.therapy() + "|" + c.type() + "|" + c.polarity()).toList());
    }

    @Test
    void aSentenceAboutTheTwoGroupsIsTheTitleTherapys() {
        assertEquals(List.of("bupropion"), about(TITLE, TRIAL + "Remission occurred in 41% of the bupropion group "
                + "and 38% of the sertraline group. Relapse rates were similar in the two groups.", "Relapse"));
    }
}
