package io.litstream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.directory.DirectorySource;
import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.fetch.TestFetchConfigs;
import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.ingest.source.InMemorySourceState;
import io.litstream.ingest.source.TestResources;
import io.litstream.topics.article.RawArticle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestServiceNetworkSourcesTest {
    private static final IngestMetrics NO_METRICS = new IngestMetrics(0, 0, Map.of(), 0);

    private final LoopbackServer server = new LoopbackServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private IngestOptions options(List<java.net.URI> feeds) {
        SourcesConfig sources = SourcesConfig.fromSettings(key -> java.util.Optional.ofNullable(Map.of(
                        "ingest.feed.interval", "100ms").get(key)))
                .withFeeds(feeds)
                .withFetch(TestFetchConfigs.loopback());
        return new IngestOptions(1024 * 1024, DirectorySource.Options.defaults(), sources);
    }

    @Test
    void aBrokenFeedIsDeadLetteredWhileAGoodOneFlowsAndARestartPublishesNothingTwice() throws Exception {
        server.serve("/news/rowing-club.html", "text/html", TestResources.text("feed/rowing-club.html", server.uri("/")));
        server.serve("/news/pottery.html", "text/html", TestResources.text("feed/pottery.html", server.uri("/")));
        server.serve("/good.xml", "application/rss+xml", TestResources.text("feed/rss2.xml", server.uri("/")));
        server.serve("/broken.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>cut");
        IngestOptions options = options(List.of(server.uri("/broken.xml"), server.uri("/good.xml")));
        InMemorySourceState state = new InMemorySourceState();
        RecordingSink sink = new RecordingSink();

        IngestService first = IngestService.start(sink, () -> { }, () -> NO_METRICS, List.of(), options, state);
        try {
            sink.awaitArticles(list -> list.size() == 2, Duration.ofSeconds(20));
            sink.awaitRejections(1, Duration.ofSeconds(20));
            assertTrue(sink.rejections().get(0).source().endsWith("/broken.xml"));
        } finally {
            first.close();
        }
        assertTrue(first.sourceCounters().get("polls") >= 1, first.sourceCounters().toString());

        RecordingSink afterRestart = new RecordingSink();
        IngestService second = IngestService.start(afterRestart, () -> { }, () -> NO_METRICS, List.of(), options, state);
        try {
            // Several polls of both feeds happen in this time; none may publish or dead-letter again.
            long deadline = System.nanoTime() + Duration.ofMillis(800).toNanos();
            while (System.nanoTime() < deadline && server.requests("/good.xml").size() < 4) {
                Thread.sleep(50);
            }
        } finally {
            second.close();
        }
        assertTrue(server.requests("/good.xml").size() >= 3, "the feed was polled again");
        assertEquals(List.<RawArticle>of(), afterRestart.articles());
        assertEquals(List.of(), afterRestart.rejections());
        assertEquals(1, server.requests("/news/pottery.html").size());
    }
}
