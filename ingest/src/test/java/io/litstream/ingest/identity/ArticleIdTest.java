package io.litstream.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdTest {
    private static final String TEXT = "Some article text.";

    @Test
    void prefersDoiThenPmidThenPmcThenHash() {
        assertEquals("doi:10.5555/x", ArticleId.of("10.5555/X", "123", "PMC9", TEXT));
        assertEquals("pmid:123", ArticleId.of(null, "123", "PMC9", TEXT));
        assertEquals("pmc:PMC9", ArticleId.of(" ", null, "PMC9", TEXT));
        assertTrue(ArticleId.of(null, "", null, TEXT).startsWith("sha256:"));
    }

    @Test
    void pmcIdGetsItsPrefix() {
        assertEquals("pmc:PMC42", ArticleId.of(null, null, "42", TEXT));
        assertEquals("pmc:PMC42", ArticleId.of(null, null, "pmc42", TEXT));
    }

    @Test
    void hashIdIs32HexDigits() {
        String id = ArticleId.of(null, null, null, TEXT);
        assertTrue(id.matches("sha256:[0-9a-f]{32}"), id);
    }

    @Test
    void hashIdIgnoresCaseAndWhitespaceLayout() {
        String a = ArticleId.of(null, null, null, "Walking  helps.\n\nIt really does.");
        String b = ArticleId.of(null, null, null, "walking helps. it\nreally does.  ");
        assertEquals(a, b);
    }

    @Test
    void hashIdIgnoresUnicodeNormalisationForm() {
        String composed = "caf\u00e9 study";
        String decomposed = "cafe\u0301 study";
        assertEquals(ArticleId.of(null, null, null, composed), ArticleId.of(null, null, null, decomposed));
    }

    @Test
    void differentTextGivesDifferentId() {
        assertNotEquals(ArticleId.of(null, null, null, "one text"), ArticleId.of(null, null, null, "another text"));
    }

    @Test
    void contentHashIsFullSha256OfTheExactText() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.of(""));
        assertNotEquals(ContentHash.of("Text"), ContentHash.of("text"), "the content hash sees every change");
        assertEquals(64, ContentHash.of(TEXT).length());
    }
}
