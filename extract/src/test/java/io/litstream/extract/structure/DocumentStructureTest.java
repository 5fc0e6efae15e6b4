package io.litstream.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentStructureTest {
    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void headingsListItemsAndParagraphsBecomeBlocksOfTheirOwn() {
        String text = """
                Light Therapy Basics
                Bright light is used in winter depression. It is cheap.

                Common side effects include:
                • Headache in the first week.
                • Eye strain.
                1. Morning sessions work best.
                """;
        List<Block> blocks = DocumentStructure.parse(null, text);

        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM), blocks.stream().map(Block::kind).toList());
        assertEquals("Headache in the first week.", blocks.get(3).text());
        assertEquals(2, blocks.get(3).leadIn(), "the list hangs off the paragraph that introduces it");
        assertEquals("Light Therapy Basics", blocks.get(1).sectionHeading());
    }

    @Test
    void hardWrappedLinesJoinButOneParagraphPerLineStaysApart() {
        List<Block> wrapped = DocumentStructure.parse(null, "Exercise helped patients with\nmild depression in the trial.");
        assertEquals(List.of("Exercise helped patients with mild depression in the trial."), texts(wrapped));

        List<Block> perLine = DocumentStructure.parse(null,
                "Exercise helped patients with mild depression.\nYoga helped some of them as well.");
        assertEquals(2, perLine.size());
    }

    @Test
    void markdownHeadingsAndEmphasisAreUnwrapped() {
        List<Block> blocks = DocumentStructure.parse(null, "## Brain Stimulation\n* **Deep brain stimulation:** still experimental.");
        assertEquals(BlockKind.HEADING, blocks.get(0).kind());
        assertEquals("Brain Stimulation", blocks.get(0).text());
        assertEquals("Deep brain stimulation: still experimental.", blocks.get(1).text());
    }

    @Test
    void slugsTimestampsShareLinesAndCopyrightAreDropped() {
        String text = """
                How Ketamine Works
                how-ketamine-works-in-the-brain
                5 min read
                Share this article
                Ketamine blocks NMDA receptors in the cortex.
                3 hours ago
                © 2024 Example Health Media
                Conclusion
                conclusion
                Ketamine acts fast.
                """;
        assertEquals(List.of("How Ketamine Works", "Ketamine blocks NMDA receptors in the cortex.", "Conclusion",
                "Ketamine acts fast."), texts(DocumentStructure.parse(null, text)));
    }

    @Test
    void teaserSectionsAreDroppedToTheEndOfThePage() {
        String text = """
                Exercise For Low Mood
                Walking three times a week lifted mood in older adults.

                You May Also Like

                Psilocybin Trial Results Announced
                A short teaser about another story on psychedelics.
                2 days ago

                Cannabis Use Rising
                Another teaser, this one about cannabis.
                """;
        List<String> kept = texts(DocumentStructure.parse(null, text));
        assertEquals(List.of("Exercise For Low Mood", "Walking three times a week lifted mood in older adults."), kept);
    }

    @Test
    void aNewsletterBoxIsDroppedUpToTheNextHeading() {
        String text = """
                Subscribe To Our Newsletter
                Get weekly insights about SSRIs delivered to you.
                Which topics interest you most?

                Sleep And Mood
                Regular sleep supports recovery from depression.
                """;
        List<String> kept = texts(DocumentStructure.parse(null, text));
        assertEquals(List.of("Sleep And Mood", "Regular sleep supports recovery from depression."), kept);
    }

    @Test
    void proseAfterATeaserListBringsTheContentBack() {
        String text = """
                Related Posts
                A headline about something else

                This is a long paragraph again. It has several full sentences about how
                exercise can help people with depression feel better over time. Researchers
                followed hundreds of adults for a year. They found that regular activity was
                linked with fewer depressive symptoms and better sleep across the groups.
                """;
        List<String> kept = texts(DocumentStructure.parse(null, text));
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).startsWith("This is a long paragraph again."));
    }

    @Test
    void pipeTableCellsWithProseAreKeptAndLabelCellsDropped() {
        String text = """
                Formato: | Online |
                ---|---|
                Sumario: | Sertraline improved sleep and mood in older adults with depression across two trials. |
                """;
        List<Block> blocks = DocumentStructure.parse(null, text);
        assertTrue(texts(blocks).contains(
                "Sertraline improved sleep and mood in older adults with depression across two trials."));
        assertFalse(texts(blocks).stream().anyMatch(t -> t.contains("Sumario") || t.contains("|")));
    }

    @Test
    void aTruncatedPreviewOfALaterParagraphIsDropped() {
        String text = """
                Vortioxetine improved cognition in adults with depression. It was well tolerated. Nausea was the most...
                Vortioxetine improved cognition in adults with depression. It was well tolerated. Nausea was the most common side effect.
                """;
        List<Block> blocks = DocumentStructure.parse(null, text);
        assertEquals(1, blocks.size());
        assertTrue(blocks.get(0).text().endsWith("common side effect."));
    }

    @Test
    void theTitleComesFirstAndARepeatedTitleLineIsDropped() {
        List<Block> blocks = DocumentStructure.parse("Zuranolone For Postpartum Depression",
                "Zuranolone For Postpartum Depression\nThe drug is taken for two weeks.");
        assertEquals(List.of(BlockKind.TITLE, BlockKind.PARAGRAPH), blocks.stream().map(Block::kind).toList());
    }

    @Test
    void backMatterEndsTheReadingButAShareLabelOnlyDropsItsOwnLine() {
        String text = """
                Share this article

                Bright light eased winter depression in the trial. Morning sessions worked best.

                References

                Doe J. Light and mood. 2020.
                """;
        List<String> kept = texts(DocumentStructure.parse(null, text));

        assertTrue(kept.contains("Bright light eased winter depression in the trial. Morning sessions worked best."), kept.toString());
        assertFalse(kept.stream().anyMatch(t -> t.contains("Doe J.") || t.contains("Share this")), kept.toString());
    }
}
