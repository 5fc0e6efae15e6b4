package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Light Therapy for Winter Blues | Example Health # Light Therapy for Winter Blues",
        "Example Health - Light Therapy for Winter Blues # Light Therapy for Winter Blues",
        "Light Therapy for Winter Blues \u2014 Example # Light Therapy for Winter Blues",
        "Covid-19 and Sleep # Covid-19 and Sleep"})
    void siteNameIsTakenOffTheTitleElement(String title, String expected) {
        assertEquals(expected, Titles.withoutSiteName(title, null));
    }

    @Test
    void knownSiteNameIsRemovedEvenWhenLonger() {
        assertEquals("Sleep", Titles.withoutSiteName("Sleep | The Very Long Example Health Journal", "The Very Long Example Health Journal"));
    }

    @Test
    void plainTextTitleIsTheLongestTitleLikeLineBeforeTheProse() {
        String text = "Site Name\nHealth News & Notes\n\nGardening Programme Eases Loneliness in Older Adults\n\nShare this\n\n"
                + "A community gardening scheme in three towns gave isolated older people a reason to leave home twice a week.";
        assertEquals(Optional.of("Gardening Programme Eases Loneliness in Older Adults"), Titles.fromPlainText(text));
    }

    @Test
    void shortSentencesAndIdentifierLinesLoseToTheTitle() {
        String text = "Forest Walks for Worry\n\nWe walked every week. Most felt calmer afterwards\ndoi:10.5555/forest.walks.2024.0001\n";
        assertEquals(Optional.of("Forest Walks for Worry"), Titles.fromPlainText(text));
    }

    @Test
    void theFirstLineOfAHardWrappedParagraphIsProseNotALongerTitle() {
        String text = "Ketamine for depression that resists treatment\n\n"
                + "In a randomized controlled trial, a single ketamine infusion reduced depressive symptoms\n"
                + "within a day compared with an active placebo.\n";
        assertEquals(Optional.of("Ketamine for depression that resists treatment"), Titles.fromPlainText(text));
    }

    @Test
    void abbreviationsDoNotMakeATitleASentence() {
        assertEquals(Optional.of("St. John's Wort vs. Placebo in Mild Low Mood"),
                Titles.fromPlainText("St. John's Wort vs. Placebo in Mild Low Mood\n\nBody."));
    }

    @Test
    void plainTextStartingWithProseHasNoTitle() {
        String text = "A community gardening scheme in three towns gave isolated older people a reason to leave home twice a week, organisers said.\n\nMore.";
        assertEquals(Optional.empty(), Titles.fromPlainText(text));
    }

    @Test
    void loadingLabelsSlugsAndLowerCaseLinesAreNotTitles() {
        String text = "Loading\u2026\nsome lower case label here\nthe-article-slug-line\nWalking Groups: A Pilot Study of Mood\n"
                + "Walking groups were offered to adults waiting for counselling, and after eight weeks they reported better sleep.";
        assertEquals(Optional.of("Walking Groups: A Pilot Study of Mood"), Titles.fromPlainText(text));
    }
}
