package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.ingest.clean.MarkdownText;
import org.junit.jupiter.api.Test;

class TextMetadataTest {
    @Test
    void catalogueRecordInPipeLayout() {
        // Shaped like a library catalogue page: labels and values in pipe-separated cells.
        String text = """
                Loading...
                Music Therapy for Low Mood in Care Homes: A Review
                Care homes increasingly offer music sessions, and this review gathers what is known about their effect on mood.
                Main authors: | , |
                Published: |
                Example Academic Press
                2020
                |
                Online access: | https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7000001/ https://www.ncbi.nlm.nih.gov/pubmed/32000001 http://dx.doi.org/10.5555/mt.2020.001 |
                """;
        ArticleMetadata m = TextMetadata.fromText(text);
        assertAll(
                () -> assertEquals("Music Therapy for Low Mood in Care Homes: A Review", m.title()),
                () -> assertEquals("10.5555/mt.2020.001", m.doi()),
                () -> assertEquals("32000001", m.pmid()),
                () -> assertEquals("PMC7000001", m.pmcid()),
                () -> assertEquals(2020, m.year()));
    }

    @Test
    void markdownHeadingIsTheTitleAndLinkTargetsAreSearched() {
        String md = "Intro line\n\n# Swimming and Stress\n\nSee [the paper](https://doi.org/10.5555/swim.1) and "
                + "[PubMed](https://pubmed.ncbi.nlm.nih.gov/31111111/).\n";
        ArticleMetadata m = TextMetadata.fromMarkdown(md, MarkdownText.toPlainText(md));
        assertEquals("Swimming and Stress", m.title());
        assertEquals("10.5555/swim.1", m.doi());
        assertEquals("31111111", m.pmid());
    }

    @Test
    void setextHeadingAndInlineMarkupInTitle() {
        String md = "The *Quiet* Hour\n===\n\nBody.";
        assertEquals("The Quiet Hour", TextMetadata.fromMarkdown(md, MarkdownText.toPlainText(md)).title());
    }

    @Test
    void frontMatterWins() {
        String md = "---\ntitle: \"Forest Bathing Notes\"\ndate: 2018-09-01\ndoi: 10.5555/FB.9\n---\n# Another Heading\n\nBody.";
        ArticleMetadata m = TextMetadata.fromMarkdown(md, MarkdownText.toPlainText(md));
        assertEquals("Forest Bathing Notes", m.title());
        assertEquals(2018, m.year());
        assertEquals("10.5555/fb.9", m.doi());
    }

    @Test
    void proseOnlyTextHasNoTitle() {
        assertNull(TextMetadata.fromText("Walking groups were offered to adults waiting for counselling, and after eight weeks they slept better.").title());
    }
}
