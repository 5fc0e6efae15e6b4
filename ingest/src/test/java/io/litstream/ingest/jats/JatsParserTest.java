package io.litstream.ingest.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.litstream.ingest.fetch.SafeXml;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.ArticleBlock.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JatsParserTest {
    private final JatsParser parser = new JatsParser();

    private JatsArticle sample() throws Exception {
        return parser.parse(JatsSamples.bytes(JatsSamples.ARTICLE));
    }

    @Test
    void theFrontGivesTitleIdsDatesJournalTypeAndLanguage() throws Exception {
        JatsArticle a = sample();
        assertEquals("Ketamine versus midazolam for treatment-resistant depression", a.title(), "footnote mark left out");
        assertEquals("10.5555/jip.2021.0042", a.doi());
        assertEquals("31000001", a.pmid());
        assertEquals("PMC6000001", a.pmcid());
        assertEquals(LocalDate.of(2021, 3, 14), a.published(), "the electronic date, which has a day");
        assertEquals(2021, a.year());
        assertEquals("Journal of Imaginary Psychiatry", a.journal());
        assertEquals("research-article", a.articleType());
        assertEquals("en", a.language());
    }

    @Test
    void abstractAndBodyBecomeTypedBlocksWithSectionTitlesAsHeadings() throws Exception {
        List<ArticleBlock> blocks = sample().blocks();
        assertEquals(List.of(
                ArticleBlock.heading(1, "Ketamine versus midazolam for treatment-resistant depression"),
                ArticleBlock.heading(2, "Background"),
                ArticleBlock.of(Type.PARAGRAPH, "Ketamine acts within hours."),
                ArticleBlock.heading(2, "Results"),
                ArticleBlock.of(Type.PARAGRAPH, "Response was higher with ketamine (64% v 28%)."),
                ArticleBlock.heading(2, "1 Introduction"),
                ArticleBlock.of(Type.PARAGRAPH, "Depression that resists two antidepressants is common [1]."),
                ArticleBlock.of(Type.PARAGRAPH, "We compared two infusions:"),
                ArticleBlock.of(Type.LIST_ITEM, "ketamine 0.5 mg/kg"),
                ArticleBlock.of(Type.LIST_ITEM, "midazolam 0.045 mg/kg"),
                ArticleBlock.of(Type.PARAGRAPH, "and followed patients for a week."),
                ArticleBlock.heading(2, "2 Methods"),
                ArticleBlock.heading(3, "Participants"),
                ArticleBlock.of(Type.PARAGRAPH, "Adults aged 18 to 65 took part."),
                ArticleBlock.of(Type.QUOTE, "Patients said the infusion felt strange."),
                ArticleBlock.of(Type.CAPTION, "Figure 1. Flow of participants."),
                ArticleBlock.of(Type.CAPTION, "Table 1. Baseline characteristics."),
                ArticleBlock.of(Type.TABLE, "Group | Age\nKetamine | 45\nMidazolam | 47"),
                ArticleBlock.of(Type.CAPTION, "Age in years.")), blocks);
    }

    @Test
    void referencesAcknowledgementsFootnotesAuthorNotesAndTeasersAreLeftOut() throws Exception {
        String text = sample().text();
        for (String absent : List.of("unrelated reference", "nurses", "made-up trial", "Correspondence", "teaser")) {
            assertFalse(text.contains(absent), absent + " in " + text);
        }
    }

    @Test
    void theTextIsTheBlocksJoinedByBlankLines() throws Exception {
        JatsArticle a = sample();
        assertTrue(a.text().startsWith("Ketamine versus midazolam for treatment-resistant depression\n\nBackground\n\nKetamine acts"));
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsFetched() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<article><front><article-meta><title-group><article-title>&secret;</article-title></title-group>"
                + "</article-meta></front></article>";
        SafeXml.UnsafeOrMalformedXml e = assertThrows(SafeXml.UnsafeOrMalformedXml.class, () -> parser.parse(JatsSamples.bytes(xxe)));
        assertTrue(e.getMessage().contains("internal subset"), e.getMessage());
    }

    @Test
    void aBillionLaughsDoctypeIsRefused() {
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><article><front><article-meta><title-group><article-title>&lol9;</article-title></title-group>")
                .append("</article-meta></front></article>");
        assertThrows(SafeXml.UnsafeOrMalformedXml.class, () -> parser.parse(JatsSamples.bytes(lol.toString())));
    }

    @Test
    void aHundredThousandNestedSectionsAreReadInLinearTimeWithoutOverflow() throws Exception {
        byte[] deep = JatsSamples.bytes(JatsSamples.nestedSections(100_000));
        JatsArticle a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parser.parse(deep));
        assertEquals(ArticleBlock.of(Type.PARAGRAPH, "The innermost paragraph."), a.blocks().get(a.blocks().size() - 1));
        assertTrue(a.blocks().stream().allMatch(b -> b.level() == null || b.level() <= JatsBlocks.MAX_LEVEL));
    }

    @Test
    void thePmcArticleSetWrapperIsLookedThrough() throws Exception {
        String wrapped = "<pmc-articleset>" + JatsSamples.ARTICLE.substring(JatsSamples.DOCTYPE.length()) + "</pmc-articleset>";
        assertEquals("PMC6000001", parser.parse(JatsSamples.bytes(wrapped)).pmcid());
    }

    @Test
    void xmlThatIsNoArticleIsNotJats() {
        assertThrows(JatsParser.NotJats.class, () -> parser.parse(JatsSamples.bytes("<catalog><book/></catalog>")));
    }

    @Test
    void anArticleWithoutIdsOrDatesHasNone() throws Exception {
        JatsArticle a = parser.parse(JatsSamples.bytes(JatsSamples.nestedSections(1)));
        assertNull(a.doi());
        assertNull(a.pmid());
        assertNull(a.published());
        assertNull(a.year());
    }
}
