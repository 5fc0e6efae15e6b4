package io.litstream.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.ArticleBlock.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentStructureFromBlocksTest {
    private static final String LONG_HEADING =
            "What the largest randomised trial of ketamine infusions in adults with treatment resistant depression found after six months of follow up";
    private static final String PROSE = "Ketamine lowered depression scores within a day.";

    private static List<BlockKind> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    @Test
    void aHeadingOfManyWordsIsStillAHeadingWhenTheMarkupSaysSo() {
        assertEquals(BlockKind.PARAGRAPH, DocumentStructure.parse(null, LONG_HEADING + "\n" + PROSE).get(0).kind(),
                "the word-count heuristic alone takes it for prose");

        List<Block> blocks = DocumentStructure.parse(null, LONG_HEADING + "\n\n" + PROSE,
                List.of(ArticleBlock.heading(2, LONG_HEADING), ArticleBlock.of(Type.PARAGRAPH, PROSE)));
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH), kinds(blocks));
        assertEquals(LONG_HEADING, blocks.get(1).sectionHeading());
    }

    @Test
    void aOneLineParagraphStaysAParagraph() {
        String shortLine = "Ketamine Works Fast";
        assertEquals(BlockKind.HEADING, DocumentStructure.parse(null, shortLine + "\n" + PROSE).get(0).kind(),
                "the heuristic takes a short title-case line for a heading");

        List<Block> blocks = DocumentStructure.parse(null, shortLine + "\n\n" + PROSE,
                List.of(ArticleBlock.of(Type.PARAGRAPH, shortLine), ArticleBlock.of(Type.PARAGRAPH, PROSE)));
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH), kinds(blocks));
    }

    @Test
    void neighbouringParagraphsAreNeverMergedAndListItemsStayItems() {
        List<Block> blocks = DocumentStructure.parse(null, "", List.of(
                ArticleBlock.of(Type.PARAGRAPH, "Side effects of ketamine include"),
                ArticleBlock.of(Type.LIST_ITEM, "dissociation"), ArticleBlock.of(Type.LIST_ITEM, "raised blood\npressure")));
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM), kinds(blocks));
        assertEquals("raised blood pressure", blocks.get(2).text());
    }

    @Test
    void tablesAndCaptionsAreKeptButCarryNoFindings() {
        List<Block> blocks = DocumentStructure.parse(null, "", List.of(
                ArticleBlock.of(Type.PARAGRAPH, PROSE), ArticleBlock.of(Type.CAPTION, "Table 1. Ketamine response by week"),
                ArticleBlock.of(Type.TABLE, "Arm | Response\nketamine | 52%"), ArticleBlock.of(Type.QUOTE, "It helped me.")));
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.TABLE, BlockKind.PARAGRAPH), kinds(blocks));
        assertFalse(blocks.get(1).kind().carriesFindings());
        assertFalse(blocks.get(2).kind().carriesFindings());
    }

    @Test
    void teaserSectionsAndClutterLinesAreSkippedAsInPlainText() {
        List<Block> blocks = DocumentStructure.parse("Ketamine for depression", "", List.of(
                ArticleBlock.heading(1, "Ketamine for depression"),
                ArticleBlock.of(Type.PARAGRAPH, "By Jane Doe"),
                ArticleBlock.of(Type.PARAGRAPH, PROSE),
                ArticleBlock.heading(2, "Related articles"),
                ArticleBlock.of(Type.LIST_ITEM, "Esketamine nasal spray approved")));
        assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH), kinds(blocks));
        assertEquals(PROSE, blocks.get(1).text());
    }

    @Test
    void withoutBlocksTheTextIsReadByTheLineHeuristics() {
        String text = "Light Therapy Basics\nBright light is used in winter depression. It is cheap.";
        assertEquals(DocumentStructure.parse(null, text), DocumentStructure.parse(null, text, null));
        assertEquals(DocumentStructure.parse(null, text), DocumentStructure.parse(null, text, List.of()));
    }
}
