package io.litstream.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {
    @Test
    void headingsLoseTheirMarkersAndBecomeBlocks() {
        assertEquals("Title\n\nSection\n\nBody line.", MarkdownText.toPlainText("# Title\n## Section ##\nBody line."));
    }

    @Test
    void setextHeadingUnderlinesAndRulesDisappear() {
        assertEquals("Title\n\nText\n\nMore", MarkdownText.toPlainText("Title\n=====\n\nText\n\n---\n\nMore"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "some **bold** and __strong__ words | some bold and strong words",
        "some *italic* and _slanted_ words | some italic and slanted words",
        "keep snake_case_names and 2*3*4 | keep snake_case_names and 2*3*4",
        "a [link](https://example.org/a \"t\") here | a link here",
        "a [reference][r1] link | a reference link",
        "an image ![diagram](fig.png) gone | an image gone",
        "inline `code` stays | inline code stays",
        "~~struck~~ text | struck text",
        "escaped \\*star\\* | escaped *star*",
        "an <span class=\"x\">inline</span> tag | an inline tag",
        "see <https://example.org> | see https://example.org"})
    void inlineMarkup(String markdown, String expected) {
        assertEquals(expected, MarkdownText.toPlainText(markdown));
    }

    @Test
    void listMarkersGoAndItemsStayOnTheirLines() {
        assertEquals("first\nsecond\nthird\ndone", MarkdownText.toPlainText("- first\n* second\n1. third\n- [x] done"));
    }

    @Test
    void codeFencesLoseTheirFencesButKeepTheCode() {
        assertEquals("Before\n\nx = 1\ny = 2\n\nAfter", MarkdownText.toPlainText("Before\n\n```python\nx = 1\ny = 2\n```\n\nAfter"));
    }

    @Test
    void blockquotesAndLinkDefinitions() {
        assertEquals("quoted words\n\ntext", MarkdownText.toPlainText("> quoted words\n\n[r1]: https://example.org\ntext"));
    }

    @Test
    void tablesBecomeRows() {
        assertEquals("Group | Weeks\nExercise | 12", MarkdownText.toPlainText("| Group | Weeks |\n|---|:---:|\n| Exercise | 12 |"));
    }

    @Test
    void frontMatterIsDropped() {
        assertEquals("Body", MarkdownText.toPlainText("---\ntitle: T\ndate: 2020-01-01\n---\nBody"));
    }
}
