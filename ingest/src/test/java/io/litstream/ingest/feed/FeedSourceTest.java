package io.litstream.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.RecordingSink;
import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.fetch.TestFetchConfigs;
import io.litstream.ingest.source.NetworkSourceTest;
import io.litstream.ingest.source.TestResources;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FeedSourceTest extends NetworkSourceTest {
    private FeedSource feedSource(String path) {
        return new FeedSource(server.uri(path), intake());
    }

    private void servePages() {
        server.serve("/news/rowing-club.html", "text/html; charset=utf-8", TestResources.text("feed/rowing-club.html", server.uri("/")));
        server.serve("/news/pottery.html", "text/html; charset=utf-8", TestResources.text("feed/pottery.html", server.uri("/")));
        server.serve("/reviews/choir.html", "text/html; charset=utf-8", TestResources.text("feed/choir.html", server.uri("/")));
    }

    /** Serves {@code current} with an ETag derived from it, answering 304 when the client holds that ETag. */
    private void serveFeed(String path, AtomicReference<String> current) {
        server.on(path, ex -> {
            String body = TestResources.text(current.get(), server.uri("/"));
            String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackServer.send(ex, 304, null, new byte[0]);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            LoopbackServer.send(ex, 200, "application/rss+xml", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    @Test
    void eachNewEntryIsFollowedToItsPageAndReadAsAFeedArticle() throws Exception {
        servePages();
        serveFeed("/rss.xml", new AtomicReference<>("feed/rss2.xml"));

        feedSource("/rss.xml").poll();

        List<RawArticle> articles = sink.articles();
        assertEquals(2, articles.size());
        assertEquals(server.uri("/news/pottery.html").toString(), articles.get(0).source());
        assertEquals(RawArticle.SourceKind.FEED, articles.get(0).sourceKind());
        assertEquals("Evening rowing club for low mood", articles.get(1).title());
        assertTrue(articles.get(1).text().contains("rowed for an hour"), articles.get(1).text());
        assertEquals(List.of(), sink.rejections());
    }

    @Test
    void anUnchangedFeedCostsA304AndNothingIsTakenTwiceEvenAfterARestart() throws Exception {
        servePages();
        AtomicReference<String> current = new AtomicReference<>("feed/rss2.xml");
        serveFeed("/rss.xml", current);
        feedSource("/rss.xml").poll();

        feedSource("/rss.xml").poll(); // a new source object on the same state: a restart
        assertEquals(1, counters.get("not_modified"));

        current.set("feed/atom.xml"); // the feed changed: one new entry
        feedSource("/rss.xml").poll();

        assertEquals(3, sink.articles().size());
        assertEquals(1, server.requests("/news/rowing-club.html").size());
        assertEquals(1, server.requests("/news/pottery.html").size());
        assertEquals("\"" , server.requests("/rss.xml").get(1).header("If-None-Match").substring(0, 1));
    }

    @Test
    void aFailingPageIsDeadLetteredAndRetriedOnTheNextPollWhileTheOthersFlow() throws Exception {
        servePages();
        AtomicInteger calls = new AtomicInteger();
        server.on("/news/broken/", ex -> {
            calls.incrementAndGet();
            LoopbackServer.send(ex, 500, "text/plain", "down".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        String feed = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>
                <item><title>broken</title><link>/news/broken/page.html</link><guid>b-1</guid></item>
                <item><title>fine</title><link>/news/pottery.html</link><guid>p-1</guid></item>
                </channel></rss>""";
        server.on("/mixed.xml", ex -> {
            ex.getResponseHeaders().set("ETag", "\"same\"");
            LoopbackServer.send(ex, 200, "application/rss+xml", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });

        feedSource("/mixed.xml").poll();
        assertEquals(1, sink.articles().size());
        assertEquals(1, sink.rejections().size());
        RecordingSink.Rejected rejected = sink.rejections().get(0);
        assertEquals(server.uri("/news/broken/page.html").toString(), rejected.source());
        assertEquals(DeadLetterReason.UNREADABLE, rejected.rejection().reason());
        assertTrue(rejected.rejection().detail().contains("HTTP 500"), rejected.rejection().detail());

        feedSource("/mixed.xml").poll();
        // Validators were not stored while a page waited for a retry: the feed came back whole, the page was tried again.
        assertEquals(null, server.requests("/mixed.xml").get(1).header("If-None-Match"));
        assertEquals(2 * TestFetchConfigs.loopback().maxAttempts(), calls.get());
        assertEquals(1, sink.articles().size());
    }

    @Test
    void entityExpansionAndExternalEntityFeedsAreDeadLetteredNotParsed() throws Exception {
        servePages();
        server.on("/internal-probe", ex -> LoopbackServer.send(ex, 200, "text/plain", "internal".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        serveFeed("/laughs.xml", new AtomicReference<>("feed/billion-laughs.xml"));
        serveFeed("/xxe.xml", new AtomicReference<>("feed/external-entity.xml"));

        feedSource("/laughs.xml").poll();
        feedSource("/xxe.xml").poll();

        assertEquals(List.of(), sink.articles());
        List<RecordingSink.Rejected> rejected = sink.rejections();
        assertEquals(List.of(server.uri("/laughs.xml").toString(), server.uri("/xxe.xml").toString()),
                rejected.stream().map(RecordingSink.Rejected::source).toList());
        assertTrue(rejected.get(0).rejection().detail().startsWith("malformed or unsafe feed"), rejected.get(0).rejection().detail());
        assertEquals(0, server.requests("/internal-probe").size());
        assertEquals(0, server.requests("/news/rowing-club.html").size());
    }

    @Test
    void anUnreachableFeedIsDeadLetteredWithItsUrl() throws Exception {
        URI gone = server.uri("/missing.xml");
        feedSource("/missing.xml").poll();

        assertEquals(1, sink.rejections().size());
        assertEquals(gone.toString(), sink.rejections().get(0).source());
        assertTrue(sink.rejections().get(0).rejection().detail().contains("HTTP 404"), sink.rejections().get(0).rejection().detail());
        assertEquals(1, counters.get("failed.CLIENT_ERROR"));
    }
}
