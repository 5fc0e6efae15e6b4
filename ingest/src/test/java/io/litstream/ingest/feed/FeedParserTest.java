package io.litstream.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.source.TestResources;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final URI BASE = URI.create("https://news.example.org/");
    private final FeedParser parser = new FeedParser();

    private static byte[] resource(String name) {
        return TestResources.text("feed/" + name, BASE).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rssEntriesComeOldestFirstKeyedByGuidWithRelativeLinksResolved() throws Exception {
        List<FeedItem> items = parser.parse(resource("rss2.xml"), URI.create("https://news.example.org/feeds/rss.xml"));

        assertEquals(List.of("qhc-2026-001", "qhc-2026-002"), items.stream().map(FeedItem::key).toList());
        assertEquals(URI.create("https://news.example.org/news/pottery.html"), items.get(0).link());
        assertEquals(Instant.parse("2026-11-02T09:00:00Z"), items.get(0).published());
    }

    @Test
    void atomEntriesAreKeyedByIdAndLinkToTheAlternatePage() throws Exception {
        List<FeedItem> items = parser.parse(resource("atom.xml"), BASE);

        assertEquals(1, items.size());
        assertEquals("urn:uuid:4a3c2b10-0000-4000-8000-000000000011", items.get(0).key());
        assertEquals(URI.create("https://news.example.org/reviews/choir.html"), items.get(0).link());
    }

    @Test
    void anEntityExpansionFeedIsRefusedNotExpanded() {
        FeedParser.FeedParseException e = assertThrows(FeedParser.FeedParseException.class,
                () -> parser.parse(resource("billion-laughs.xml"), BASE));
        assertTrue(e.getMessage().toLowerCase().contains("doctype"), e.getMessage());
    }

    @Test
    void anExternalEntityFeedIsRefusedWithoutReadingTheEntity() {
        FeedParser.FeedParseException e = assertThrows(FeedParser.FeedParseException.class,
                () -> parser.parse(resource("external-entity.xml"), BASE));
        assertFalse(e.getMessage().contains(hostnameOrMarker()), e.getMessage());
    }

    @Test
    void somethingThatIsNotAFeedIsRefused() {
        assertThrows(FeedParser.FeedParseException.class,
                () -> parser.parse("<html><body>not a feed</body></html>".getBytes(StandardCharsets.UTF_8), BASE));
        assertThrows(FeedParser.FeedParseException.class,
                () -> parser.parse("<rss version=\"2.0\"><channel><title>cut off".getBytes(StandardCharsets.UTF_8), BASE));
    }

    private static String hostnameOrMarker() {
        try {
            String name = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip();
            return name.isEmpty() ? "\u0000never" : name;
        } catch (java.io.IOException e) {
            return "\u0000never";
        }
    }
}
