package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {
    private static ArticleMetadata extract(String html, String cleanedText) {
        return HtmlMetadata.extract(Jsoup.parse(html, "https://example.org/articles/x"), cleanedText);
    }

    @Test
    void publisherMetaTagsComeFirst() {
        String html = """
                <html><head><title>Ignored | Site</title>
                <meta name="citation_title" content="Bright Light and Mood: A Trial">
                <meta name="citation_doi" content="doi:10.5555/BLM.2019.7">
                <meta name="citation_pmid" content="31234567">
                <meta name="citation_publication_date" content="2019/04/02">
                <link rel="canonical" href="/articles/bright-light">
                </head><body><h1>Other heading</h1><p>Text mentions 10.9999/not.this.one</p></body></html>
                """;
        ArticleMetadata m = extract(html, "Text mentions 10.9999/not.this.one");
        assertAll(
                () -> assertEquals("Bright Light and Mood: A Trial", m.title()),
                () -> assertEquals("10.5555/blm.2019.7", m.doi()),
                () -> assertEquals("31234567", m.pmid()),
                () -> assertEquals(2019, m.year()),
                () -> assertEquals("https://example.org/articles/bright-light", m.url()));
    }

    @Test
    void openGraphTitleLosesTheSiteName() {
        String html = "<head><meta property='og:site_name' content='Example Health'>"
                + "<meta property='og:title' content='Sleep and Mood | Example Health'>"
                + "<meta property='article:published_time' content='2023-06-01T08:00:00Z'>"
                + "<meta property='og:url' content='https://example.org/sleep'></head><body></body>";
        ArticleMetadata m = extract(html, "");
        assertEquals("Sleep and Mood", m.title());
        assertEquals(2023, m.year());
        assertEquals("https://example.org/sleep", m.url());
    }

    @Test
    void headingThenTitleElementWhenNoMetaTags() {
        assertEquals("Main Heading", extract("<title>T | S</title><body><h1> Main\n Heading </h1></body>", "").title());
        assertEquals("Walking and Mood", extract("<title>Walking and Mood | Example</title><body><p>x</p></body>", "").title());
    }

    @Test
    void identifiersFromTheCleanedTextWhenNoMetaTags() {
        String text = "Gardening study\n\nPMID: 30000001\nPublished: 5 May 2020\nAvailable at https://doi.org/10.5555/garden.2020.1";
        ArticleMetadata m = extract("<body><p>whatever</p></body>", text);
        assertEquals("10.5555/garden.2020.1", m.doi());
        assertEquals("30000001", m.pmid());
        assertEquals(2020, m.year());
    }

    @Test
    void aSingleLinkedDoiIsTakenButSeveralAreCitations() {
        String one = "<body><a href='https://doi.org/10.5555/only.one'>full text</a></body>";
        String two = "<body><a href='https://doi.org/10.5555/a'>a</a> <a href='https://doi.org/10.5555/b'>b</a></body>";
        assertEquals("10.5555/only.one", extract(one, "full text").doi());
        assertNull(extract(two, "a b").doi());
    }

    @Test
    void jsonLdDatePublished() {
        String html = "<head><script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":\"2017-11-20\"}</script></head><body></body>";
        assertEquals(2017, extract(html, "").year());
    }

    @Test
    void nothingKnownGivesNulls() {
        ArticleMetadata m = extract("<body><p>Just words.</p></body>", "Just words.");
        assertAll(() -> assertNull(m.doi()), () -> assertNull(m.pmid()), () -> assertNull(m.pmcid()),
                () -> assertNull(m.year()), () -> assertNull(m.url()));
    }
}
