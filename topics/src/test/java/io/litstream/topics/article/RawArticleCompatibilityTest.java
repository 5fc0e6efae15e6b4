package io.litstream.topics.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.litstream.topics.serde.LitstreamSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawArticleCompatibilityTest {

    /** Bytes written by the serde of the code before blocks, published and language existed (2026-12-03). */
    private static byte[] previousRecord() throws IOException {
        try (InputStream in = RawArticleCompatibilityTest.class
                .getResourceAsStream("/previous-records/raw-article-2026-12-03.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aRecordWrittenBeforeBlocksExistedIsReadWithEveryOldFieldAndNoBlocks() throws IOException {
        RawArticle old = LitstreamSerdes.rawArticle().deserializer().deserialize("t", previousRecord());
        assertEquals("doi:10.5555/litstream.old.1", old.id());
        assertEquals("Ketamine reduced depressive symptoms within a day.\n\nIt acts on NMDA receptors.", old.text());
        assertEquals(List.of("Journal Article", "Randomized Controlled Trial"), old.publicationTypes());
        assertEquals(2025, old.year());
        assertNull(old.blocks());
        assertNull(old.published());
        assertNull(old.language());
    }

    @Test
    void blocksDateAndLanguageSurviveTheRoundTrip() {
        RawArticle article = new RawArticle("sha256:1", "a.html", RawArticle.SourceKind.DIRECTORY, "html", "T",
                "Heading\n\nBody.", null, null, null, null, 2024, "h", null, null,
                List.of(ArticleBlock.heading(2, "Heading"), ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, "Body.")),
                LocalDate.of(2024, 2, 29), "en");
        var serde = LitstreamSerdes.rawArticle();
        byte[] bytes = serde.serializer().serialize("t", article);
        String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, json.contains("\"published\":\"2024-02-29\""), json);
        assertEquals(article, serde.deserializer().deserialize("t", bytes));
    }
}
