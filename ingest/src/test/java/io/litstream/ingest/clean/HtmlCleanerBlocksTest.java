package io.litstream.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.ArticleBlock.Type;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlCleanerBlocksTest {
    private static final String PROSE = "Ketamine lowered depression scores within a day in the trial of adults with"
            + " treatment-resistant depression, and the effect lasted a week.";

    private final HtmlCleaner cleaner = new HtmlCleaner();

    private CleanedText clean(String body) {
        return cleaner.cleanBlocks(Jsoup.parse("<html><body><article>" + body + "</article></body></html>"));
    }

    @Test
    void headingsKeepTheirLevel() {
        CleanedText page = clean("<h1>Ketamine for depression</h1><p>" + PROSE + "</p><h3>How it was measured</h3><p>" + PROSE + " Again.</p>");
        assertEquals(List.of(ArticleBlock.heading(1, "Ketamine for depression"), ArticleBlock.of(Type.PARAGRAPH, PROSE),
                ArticleBlock.heading(3, "How it was measured"), ArticleBlock.of(Type.PARAGRAPH, PROSE + " Again.")),
                page.blocks());
    }

    @Test
    void eachListItemIsABlockOfItsOwn() {
        CleanedText page = clean("<p>" + PROSE + "</p><ul><li>dry mouth in <b>some</b> patients</li><li>dizziness</li></ul>");
        assertEquals(List.of(ArticleBlock.of(Type.PARAGRAPH, PROSE), ArticleBlock.of(Type.LIST_ITEM, "dry mouth in some patients"),
                ArticleBlock.of(Type.LIST_ITEM, "dizziness")), page.blocks());
        assertEquals(PROSE + "\n\ndry mouth in some patients\ndizziness", page.text());
    }

    @Test
    void aDataTableIsOneBlockWithCellsAndRows() {
        CleanedText page = clean("<p>" + PROSE + "</p><table><tr><th>Arm</th><th>Response</th></tr>"
                + "<tr><td>ketamine</td><td>52%</td></tr></table>");
        assertEquals(ArticleBlock.of(Type.TABLE, "Arm | Response\nketamine | 52%"), page.blocks().get(1));
    }

    @Test
    void aLayoutTablesCellsAreParagraphs() {
        CleanedText page = clean("<table><tr><td><p>" + PROSE + "</p></td><td><p>Second cell of the layout.</p></td></tr></table>");
        assertEquals(List.of(Type.PARAGRAPH, Type.PARAGRAPH), types(page));
    }

    @Test
    void figureCaptionsAndTableCaptionsAreCaptions() {
        CleanedText page = clean("<p>" + PROSE + "</p><figure><img src=a.png><figcaption>Figure 1. Scores by week</figcaption></figure>"
                + "<table><caption>Table 1. Adverse events</caption><tr><td>nausea</td><td>4</td></tr></table>");
        assertEquals(List.of(Type.PARAGRAPH, Type.CAPTION, Type.CAPTION, Type.TABLE), types(page));
        assertEquals("Figure 1. Scores by week", page.blocks().get(1).text());
    }

    @Test
    void aBlockquoteAndTheParagraphsInsideItAreQuotes() {
        CleanedText page = clean("<p>" + PROSE + "</p><blockquote><p>It changed my life.</p><p>I slept again.</p></blockquote>");
        assertEquals(List.of(ArticleBlock.of(Type.PARAGRAPH, PROSE), ArticleBlock.of(Type.QUOTE, "It changed my life."),
                ArticleBlock.of(Type.QUOTE, "I slept again.")), page.blocks());
    }

    @Test
    void aLineBreakStaysInsideItsParagraph() {
        CleanedText page = clean("<p>" + PROSE + "<br>Second line of the same paragraph.</p>");
        assertEquals(List.of(ArticleBlock.of(Type.PARAGRAPH, PROSE + "\nSecond line of the same paragraph.")), page.blocks());
    }

    @Test
    void furnitureLeftOutOfTheTextIsLeftOutOfTheBlocks() {
        CleanedText page = clean("<nav><ul><li><a href=/>Home</a></li><li><a href=/a>News</a></li></ul></nav><p>" + PROSE
                + "</p><p>5 min read</p><p>" + PROSE + "</p>");
        assertEquals(List.of(ArticleBlock.of(Type.PARAGRAPH, PROSE)), page.blocks());
        assertEquals(PROSE, page.text());
    }

    @Test
    void theTextIsTheBlocksOnTheirLines() {
        CleanedText page = clean("<h2>Results</h2><p>" + PROSE + "</p><ul><li>one</li><li>two</li></ul>"
                + "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><blockquote>Said.</blockquote>");
        assertEquals(page.text().replaceAll("\n\n", "\n"),
                page.blocks().stream().map(ArticleBlock::text).collect(Collectors.joining("\n")));
        assertEquals(page.text(), cleaner.clean(Jsoup.parse("<html><body><article><h2>Results</h2><p>" + PROSE
                + "</p><ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
                + "<blockquote>Said.</blockquote></article></body></html>")));
    }

    private static List<Type> types(CleanedText page) {
        return page.blocks().stream().map(ArticleBlock::type).toList();
    }
}
