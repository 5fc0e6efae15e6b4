package io.litstream.ingest.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.source.NetworkSourceTest;
import io.litstream.ingest.source.TestResources;
import io.litstream.topics.article.RawArticle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapSourceTest extends NetworkSourceTest {
    private SitemapSource source(String path) {
        return new SitemapSource(server.uri(path), intake());
    }

    private String resource(String name) {
        return TestResources.text(name, server.uri("/"));
    }

    @Test
    void everyPageOfAnIndexIsTakenInOnceAndAgainOnlyWhenItsLastmodChanges() throws Exception {
        server.serve("/news/rowing-club.html", "text/html", resource("feed/rowing-club.html"));
        server.serve("/news/pottery.html", "text/html", resource("feed/pottery.html"));
        server.serve("/reviews/choir.html", "text/html", resource("feed/choir.html"));
        server.serve("/sitemap.xml", "application/xml", resource("sitemap/sitemap-index.xml"));
        AtomicReference<String> news = new AtomicReference<>(resource("sitemap/sitemap-news.xml"));
        server.on("/sitemap-news.xml", ex -> LoopbackServer.send(ex, 200, "application/xml", news.get().getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(resource("sitemap/sitemap-reviews.xml").getBytes(StandardCharsets.UTF_8));
        }
        server.serve("/sitemap-reviews.xml.gz", "application/gzip", gz.toByteArray());

        source("/sitemap.xml").poll();
        List<RawArticle> first = sink.articles();
        assertEquals(3, first.size());
        assertEquals(RawArticle.SourceKind.URL, first.get(0).sourceKind());

        source("/sitemap.xml").poll(); // nothing changed: the news sitemap is not even fetched again
        assertEquals(3, sink.articles().size());
        assertEquals(1, server.requests("/sitemap-news.xml").size());
        assertEquals(1, server.requests("/news/pottery.html").size());

        news.set(news.get().replace("2026-11-03", "2026-11-06")); // the rowing page was updated ...
        source("/sitemap.xml").poll();
        assertEquals(3, sink.articles().size()); // ... but the index still gives the old lastmod for its sitemap

        assertEquals(List.of(), sink.rejections());
    }

    @Test
    void aChangedLastmodInAUrlsetFetchesThatPageAgain() throws Exception {
        server.serve("/news/rowing-club.html", "text/html", resource("feed/rowing-club.html"));
        server.serve("/news/pottery.html", "text/html", resource("feed/pottery.html"));
        AtomicReference<String> news = new AtomicReference<>(resource("sitemap/sitemap-news.xml"));
        server.on("/sitemap-news.xml", ex -> LoopbackServer.send(ex, 200, "application/xml", news.get().getBytes(StandardCharsets.UTF_8)));

        source("/sitemap-news.xml").poll();
        news.set(news.get().replace("2026-11-03", "2026-11-06"));
        source("/sitemap-news.xml").poll();

        assertEquals(2, server.requests("/news/rowing-club.html").size());
        assertEquals(1, server.requests("/news/pottery.html").size());
        assertEquals(3, sink.articles().size());
    }

    @Test
    void aMalformedSitemapIsDeadLettered() throws Exception {
        server.serve("/broken.xml", "application/xml", "<urlset><url><loc>");

        source("/broken.xml").poll();

        assertEquals(1, sink.rejections().size());
        assertEquals(server.uri("/broken.xml").toString(), sink.rejections().get(0).source());
    }
}
