package io.litstream.ingest.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.RecordingSink;
import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.fetch.PoliteFetcher;
import io.litstream.ingest.fetch.TestFetchConfigs;
import io.litstream.ingest.publish.Retraction;
import io.litstream.ingest.source.InMemorySourceState;
import io.litstream.ingest.source.SourceCounters;
import io.litstream.ingest.source.TestResources;
import io.litstream.topics.article.RawArticle;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PubmedSourceTest {
    private static final Clock NOV_5 = Clock.fixed(Instant.parse("2026-11-05T08:00:00Z"), ZoneOffset.UTC);
    private static final String QUERY = "depression AND (therapy OR treatment)";

    private final LoopbackServer server = new LoopbackServer();
    private final RecordingSink sink = new RecordingSink();
    private final InMemorySourceState state = new InMemorySourceState();
    private final SourceCounters counters = new SourceCounters();

    @AfterEach
    void stop() {
        server.close();
    }

    private PubmedSource source(String apiKey, Clock clock) {
        PubmedOptions options = PubmedOptions.defaults(apiKey, "curator@example.org").withBaseUrl(server.uri("/eutils/"));
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback().withObeyRobots(false)
                .withMinIntervalPerHost(options.minRequestInterval()));
        return new PubmedSource(QUERY, new EutilsClient(fetcher, options), sink, state, counters, clock);
    }

    private void serveEutils() {
        server.serve("/eutils/esearch.fcgi", "text/xml", TestResources.text("pubmed/esearch.xml", server.uri("/")));
        server.serve("/eutils/efetch.fcgi", "text/xml", TestResources.text("pubmed/efetch.xml", server.uri("/")));
    }

    private static String decoded(String path) {
        return URLDecoder.decode(path, StandardCharsets.UTF_8);
    }

    @Test
    void searchesTheWindowFetchesTheNewRecordsAndPublishesThem() throws Exception {
        serveEutils();

        source("secret-key-123", NOV_5).poll();

        List<RawArticle> articles = sink.articles();
        assertEquals(List.of("doi:10.99999/jimr.2026.0042", "pmid:99001235"), articles.stream().map(RawArticle::id).toList());
        String esearch = decoded(server.requests().get(0).path());
        assertTrue(esearch.startsWith("/eutils/esearch.fcgi?db=pubmed&term=" + QUERY + "&datetype=edat"
                + "&mindate=2026/10/29&maxdate=2026/11/05"), esearch);
        assertTrue(esearch.contains("tool=litstream") && esearch.contains("email=curator@example.org")
                && esearch.contains("api_key=secret-key-123"), esearch);
        String efetch = decoded(server.requests().get(1).path());
        assertTrue(efetch.contains("id=99001236,99001235,99001234") && efetch.contains("retmode=xml"), efetch);
        assertEquals(0, server.requests().stream().filter(r -> r.path().startsWith("/dtd/")).count(), "DTDs are never fetched");
    }

    @Test
    void theNextPollStartsWhereTheLastEndedLessTheOverlapAndPublishesNothingTwice() throws Exception {
        serveEutils();
        source(null, NOV_5).poll();
        Clock nov7 = Clock.offset(NOV_5, java.time.Duration.ofDays(2));

        source(null, nov7).poll(); // a new source object on the same state: a restart

        assertEquals(2, sink.articles().size());
        List<LoopbackServer.Request> searches = server.requests().stream().filter(r -> r.path().startsWith("/eutils/esearch")).toList();
        assertTrue(decoded(searches.get(1).path()).contains("mindate=2026/11/03&maxdate=2026/11/07"), searches.get(1).path());
        assertEquals(1, server.requests().stream().filter(r -> r.path().startsWith("/eutils/efetch")).count());
    }

    @Test
    void withoutAKeyRequestsStayBelowThreePerSecond() throws Exception {
        serveEutils();

        long started = System.nanoTime();
        source(null, NOV_5).poll();
        long pollMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        List<LoopbackServer.Request> got = server.requests();
        assertEquals(2, got.size());
        // Measured on the client: the first request leaves at once, so a poll of two requests cannot
        // end before the interval has passed. (The server's arrival times are no measure on a loaded
        // machine: a late first arrival shortens the gap it sees.)
        assertTrue(pollMillis >= 350, "two requests took only " + pollMillis + " ms");
        assertFalse(got.get(0).path().contains("api_key"));
    }

    @Test
    void aFailedSearchIsDeadLetteredWithoutTheKeyAndTheWindowStaysPut() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/eutils/esearch.fcgi", ex -> {
            if (calls.incrementAndGet() <= TestFetchConfigs.loopback().maxAttempts()) {
                LoopbackServer.send(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
            } else {
                LoopbackServer.send(ex, 200, "text/xml", TestResources.text("pubmed/esearch.xml", server.uri("/")).getBytes(StandardCharsets.UTF_8));
            }
        });
        server.serve("/eutils/efetch.fcgi", "text/xml", TestResources.text("pubmed/efetch.xml", server.uri("/")));

        source("secret-key-123", NOV_5).poll();
        assertEquals(1, sink.rejections().size());
        RecordingSink.Rejected rejected = sink.rejections().get(0);
        assertFalse(rejected.source().contains("secret-key-123") || rejected.rejection().detail().contains("secret-key-123"),
                rejected.toString());
        assertTrue(rejected.rejection().detail().contains("HTTP 500"), rejected.rejection().detail());
        assertEquals(List.of(), sink.articles());

        source("secret-key-123", NOV_5).poll();
        assertEquals(2, sink.articles().size());
    }

    @Test
    void unsafePubmedXmlIsDeadLetteredNotParsed() throws Exception {
        server.serve("/eutils/esearch.fcgi", "text/xml", TestResources.text("pubmed/esearch.xml", server.uri("/")));
        server.serve("/eutils/efetch.fcgi", "text/xml", TestResources.text("pubmed/efetch-billion-laughs.xml", server.uri("/")));

        source(null, NOV_5).poll();

        assertEquals(List.of(), sink.articles());
        assertEquals(1, sink.rejections().size());
        assertTrue(sink.rejections().get(0).rejection().detail().contains("internal subset"), sink.rejections().get(0).toString());
    }

    @Test
    void aRetractedRecordAndTheArticlesANoticeRetractsAreTombstonedAndNeitherIsPublished() throws Exception {
        server.serve("/eutils/esearch.fcgi", "text/xml", TestResources.text("pubmed/esearch.xml", server.uri("/")));
        server.serve("/eutils/efetch.fcgi", "text/xml", TestResources.text("pubmed/efetch-retractions.xml", server.uri("/")));

        source(null, NOV_5).poll();

        assertEquals(List.of("pmid:99002004"), sink.articles().stream().map(RawArticle::id).toList());
        List<Retraction> retractions = sink.retractions();
        assertEquals(List.of("99002001", "99002001", "99002003"), retractions.stream().map(Retraction::pmid).toList());
        assertEquals("10.99999/jimr.2025.0007", retractions.get(0).doi(), "the retracted record's own DOI is tombstoned too");
        assertTrue(retractions.get(2).reason().contains("99002002"), retractions.get(2).reason());
        assertEquals(3L, counters.snapshot().get("retracted"));
    }
}
