package io.litstream.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.fetch.TestFetchConfigs;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PageIntakeTest extends NetworkSourceTest {
    @Override
    protected PageIntake intake() {
        return intake(TestFetchConfigs.loopback().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)));
    }

    @Test
    void aPageWithoutCanonicalUrlGetsTheUrlItWasFetchedFrom() {
        server.serve("/a", "text/html", TestResources.text("feed/pottery.html", server.uri("/")));

        assertEquals(PageIntake.Outcome.HANDED_OVER, intake().take(server.uri("/a"), "", RawArticle.SourceKind.URL));
        assertEquals(PageIntake.Outcome.ALREADY_SEEN, intake().take(server.uri("/a"), "", RawArticle.SourceKind.URL));

        RawArticle article = sink.articles().get(0);
        assertEquals(server.uri("/a").toString(), article.url());
        assertEquals("html", article.format());
    }

    @Test
    void aTransientFailureIsTriedOnLaterPollsThenGivenUp() {
        server.on("/down", ex -> LoopbackServer.send(ex, 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        PageIntake intake = intake();

        for (int poll = 1; poll < PageIntake.MAX_ATTEMPTS; poll++) {
            assertEquals(PageIntake.Outcome.RETRY_LATER, intake.take(server.uri("/down"), "", RawArticle.SourceKind.URL));
        }
        assertEquals(PageIntake.Outcome.HANDED_OVER, intake.take(server.uri("/down"), "", RawArticle.SourceKind.URL));
        assertEquals(PageIntake.Outcome.ALREADY_SEEN, intake.take(server.uri("/down"), "", RawArticle.SourceKind.URL));

        assertEquals(PageIntake.MAX_ATTEMPTS, sink.rejections().size(), "each failed attempt is visible");
        assertTrue(sink.rejections().get(PageIntake.MAX_ATTEMPTS - 1).rejection().detail().contains("giving up"));
    }

    @Test
    void aBinaryOrOversizedPageIsDeadLetteredOnceWithTheReaderOrFetcherReason() {
        server.serve("/image", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2, 3});
        server.serve("/huge", "text/html", new byte[(int) TestFetchConfigs.loopback().maxBodyBytes() + 1]);

        intake().take(server.uri("/image"), "", RawArticle.SourceKind.URL);
        intake().take(server.uri("/huge"), "", RawArticle.SourceKind.URL);
        intake().take(server.uri("/huge"), "", RawArticle.SourceKind.URL);

        assertEquals(DeadLetterReason.BINARY_CONTENT, sink.rejections().get(0).rejection().reason());
        assertEquals(DeadLetterReason.TOO_LARGE, sink.rejections().get(1).rejection().reason());
        assertEquals(2, sink.rejections().size());
    }

    @Test
    void theContentTypeTellsTheReaderTheFormat() {
        assertEquals("page.html", PageIntake.fileNameFor(URI.create("https://x.org/a"), "text/html; charset=utf-8"));
        assertEquals("page.txt", PageIntake.fileNameFor(URI.create("https://x.org/a"), "text/plain"));
        assertEquals("notes.md", PageIntake.fileNameFor(URI.create("https://x.org/notes.md"), "application/octet-stream"));
        assertEquals("", PageIntake.fileNameFor(URI.create("https://x.org/a"), ""));
    }
}
