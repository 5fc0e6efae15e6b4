package io.litstream.ingest.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.source.TestResources;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapParserTest {
    private static final URI BASE = URI.create("https://www.example.org/");
    private final SitemapParser parser = new SitemapParser();

    private static byte[] resource(String name) {
        return TestResources.text("sitemap/" + name, BASE).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aUrlsetListsPagesWithLastmodAndDropsNonHttpLocations() throws Exception {
        Sitemap sitemap = parser.parse(resource("sitemap-news.xml"));

        assertFalse(sitemap.index());
        assertEquals(List.of(new Sitemap.Entry(URI.create("https://www.example.org/news/rowing-club.html"), "2026-11-03"),
                new Sitemap.Entry(URI.create("https://www.example.org/news/pottery.html"), "2026-11-02T09:00:00+00:00")),
                sitemap.entries());
    }

    @Test
    void anIndexListsSitemaps() throws Exception {
        Sitemap index = parser.parse(resource("sitemap-index.xml"));

        assertTrue(index.index());
        assertEquals(2, index.entries().size());
        assertEquals("", index.entries().get(1).lastmod());
    }

    @Test
    void gzippedSitemapsAreInflated() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(resource("sitemap-reviews.xml"));
        }
        assertEquals(1, parser.parse(out.toByteArray()).entries().size());
    }

    @Test
    void doctypesAndNonSitemapsAreRefused() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>&x;</loc></url></urlset>";
        assertThrows(SitemapParser.SitemapParseException.class, () -> parser.parse(withEntity.getBytes(StandardCharsets.UTF_8)));
        assertThrows(SitemapParser.SitemapParseException.class, () -> parser.parse("<html/>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(SitemapParser.SitemapParseException.class, () -> parser.parse("<urlset><url>".getBytes(StandardCharsets.UTF_8)));
    }
}
