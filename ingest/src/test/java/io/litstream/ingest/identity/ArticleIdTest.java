package io.litstream.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

    @Test
    void aFileWithoutIdentifiersIsKnownByItsPathWithinItsWatchedFolder() {
        Path inbox = Path.of("/data/inbox");
        assertEquals("file:inbox/2026/03/note.txt", ArticleId.ofFile(null, null, null, inbox, inbox.resolve("2026/03/note.txt")));
        assertEquals("doi:10.5555/x", ArticleId.ofFile("10.5555/X", null, null, inbox, inbox.resolve("note.txt")),
                "an identifier still comes first");
    }

    @Test
    void movingTheWatchedFolderKeepsEveryFileId() {
        assertEquals(ArticleId.ofFile(null, null, null, Path.of("/old/inbox"), Path.of("/old/inbox/a.txt")),
                ArticleId.ofFile(null, null, null, Path.of("/srv/inbox"), Path.of("/srv/inbox/a.txt")));
    }

    @Test
    void aPageIsKnownByItsCanonicalUrlUnlessThatIsOnlyTheSiteHomePage() {
        String fetched = "https://news.example.org/2026/03/story?utm_source=rss";
        assertEquals("url:https://news.example.org/story", ArticleId.ofPage(null, null, null, "https://news.example.org/story", fetched));
        assertEquals("url:" + fetched, ArticleId.ofPage(null, null, null, "https://news.example.org/", fetched));
        assertEquals("url:" + fetched, ArticleId.ofPage(null, null, null, null, fetched));
        assertEquals("pmid:42", ArticleId.ofPage(null, "42", null, null, fetched));
    }
}
