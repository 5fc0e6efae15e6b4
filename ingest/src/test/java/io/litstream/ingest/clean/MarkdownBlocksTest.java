package io.litstream.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.ArticleBlock.Type;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {
    @Test
    void atxAndSetextHeadingsKeepTheirLevel() {
        CleanedText doc = MarkdownText.toCleanedText("# Title\n\nIntro text.\n\n### Deep **one** ###\n\nSub\n---\nBody.");
        assertEquals(List.of(ArticleBlock.heading(1, "Title"), ArticleBlock.of(Type.PARAGRAPH, "Intro text."),
                ArticleBlock.heading(3, "Deep one"), ArticleBlock.heading(2, "Sub"), ArticleBlock.of(Type.PARAGRAPH, "Body.")),
                doc.blocks());
    }

    @Test
    void aParagraphWrappedOverLinesIsOneBlock() {
        CleanedText doc = MarkdownText.toCleanedText("Ketamine acted\nwithin a day.\n\nNext paragraph.");
        assertEquals(List.of(ArticleBlock.of(Type.PARAGRAPH, "Ketamine acted\nwithin a day."),
                ArticleBlock.of(Type.PARAGRAPH, "Next paragraph.")), doc.blocks());
    }

    @Test
    void eachListItemIsABlockAndTakesItsContinuationLine() {
        CleanedText doc = MarkdownText.toCleanedText("- dry mouth\n  in some patients\n* dizziness\n1. [link](x) nausea");
        assertEquals(List.of(ArticleBlock.of(Type.LIST_ITEM, "dry mouth\nin some patients"),
                ArticleBlock.of(Type.LIST_ITEM, "dizziness"), ArticleBlock.of(Type.LIST_ITEM, "link nausea")), doc.blocks());
    }

    @Test
    void aPipeTableIsOneBlockWithoutItsDivider() {
        CleanedText doc = MarkdownText.toCleanedText("| Arm | Response |\n|---|---|\n| ketamine | 52% |\n\nAfter.");
        assertEquals(List.of(ArticleBlock.of(Type.TABLE, "Arm | Response\nketamine | 52%"), ArticleBlock.of(Type.PARAGRAPH, "After.")),
                doc.blocks());
    }

    @Test
    void aBlockQuoteIsAQuote() {
        CleanedText doc = MarkdownText.toCleanedText("Before.\n\n> It changed\n> my life.\n\nAfter.");
        assertEquals(ArticleBlock.of(Type.QUOTE, "It changed\nmy life."), doc.blocks().get(1));
    }

    @Test
    void theTextIsTheBlocksOnTheirLinesAndUnchanged() {
        String markdown = "---\ntitle: x\n---\n# Title\n\nIntro *text*.\n\n- one\n- two\n\n| a | b |\n|--|--|\n| c | d |\n\n> Said.\n\n```\ncode line\n```\n";
        CleanedText doc = MarkdownText.toCleanedText(markdown);
        assertEquals(doc.text().replaceAll("\n+", "\n"),
                doc.blocks().stream().map(ArticleBlock::text).collect(Collectors.joining("\n")));
        assertEquals("Title\n\nIntro text.\n\none\ntwo\n\na | b\nc | d\n\nSaid.\n\ncode line", doc.text());
    }
}
