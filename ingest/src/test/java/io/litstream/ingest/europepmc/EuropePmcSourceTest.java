package io.litstream.ingest.europepmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.RecordingSink;
import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.fetch.PoliteFetcher;
import io.litstream.ingest.fetch.TestFetchConfigs;
import io.litstream.ingest.publish.Retraction;
import io.litstream.ingest.source.NetworkSourceTest;
import io.litstream.ingest.source.TestResources;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EuropePmcSourceTest extends NetworkSourceTest {
    private static final Clock NOV_5 = Clock.fixed(Instant.parse("2026-11-05T08:00:00Z"), ZoneOffset.UTC);
    private static final String QUERY = "depression AND (therapy OR treatment)";

    private EuropePmcSource source(int maxPages) {
        EuropePmcClient client = new EuropePmcClient(new PoliteFetcher(TestFetchConfigs.loopback().withObeyRobots(false)
                .withMinIntervalPerHost(Duration.ZERO)), server.uri("/europepmc/webservices/rest/"));
        return new EuropePmcSource(QUERY, client, sink, state, counters, NOV_5, Duration.ofDays(7), Duration.ofDays(2),
                maxPages);
    }

    private void serveTwoPages() {
        server.on("/europepmc/webservices/rest/search", exchange -> {
            boolean second = exchange.getRequestURI().getRawQuery().contains("cursorMark=AoE-page2");
            LoopbackServer.send(exchange, 200, "application/json", TestResources.text(
                    second ? "europepmc/search-page2.json" : "europepmc/search-page1.json", server.uri("/"))
                    .getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void recordsBecomeArticlesUnderTheIdsPubmedAndFilesUseAndRetractionsAreRetracted() throws Exception {
        serveTwoPages();

        source(10).poll();

        List<RawArticle> articles = sink.articles();
        assertEquals(List.of("doi:10.99999/jimr.2026.0101", "doi:10.99998/preprint.0007"),
                articles.stream().map(RawArticle::id).toList());
        RawArticle trial = articles.get(0);
        assertEquals("99003001", trial.pmid());
        assertEquals("PMC9900301", trial.pmcid());
        assertEquals("Lantern-light therapy for winter low mood: a fictional randomised trial.\n\nResults Mood scores"
                + " improved more with lanterns than with a dim lamp (p<0.05).", trial.text());
        assertEquals("https://europepmc.org/article/MED/99003001", trial.url());
        List<Retraction> retractions = sink.retractions();
        assertEquals(List.of("99003002", "99003004"), retractions.stream().map(Retraction::pmid).toList());
        assertEquals("10.99999/jimr.2025.0009", retractions.get(0).doi());

        String first = URLDecoder.decode(server.requests().get(0).path(), StandardCharsets.UTF_8);
        assertTrue(first.startsWith("/europepmc/webservices/rest/search?query=(" + QUERY
                + ") AND FIRST_IDATE:[2026-10-29 TO 2026-11-05]&resultType=core&format=json&pageSize=100&cursorMark=*"), first);
        assertEquals("2026-11-05", state.get("europepmc|" + QUERY + "|until").orElseThrow(),
                "the last page answers with its own cursor: the poll is complete");
    }

    @Test
    void theNextPollStartsWhereTheLastEndedLessTheOverlap() throws Exception {
        serveTwoPages();
        EuropePmcSource source = source(10);
        source.poll();

        source.poll();

        String later = URLDecoder.decode(server.requests().get(2).path(), StandardCharsets.UTF_8);
        assertTrue(later.contains("FIRST_IDATE:[2026-11-03 TO 2026-11-05]"), later);
    }

    @Test
    void aCursorThatLoopsBackEndsThePollAndTheWindowStaysPut() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/europepmc/webservices/rest/search", exchange -> {
            String next = calls.incrementAndGet() % 2 == 1 ? "cursor-B" : "cursor-A";
            String body = TestResources.text("europepmc/search-page1.json", server.uri("/")).replace("AoE-page2", next);
            LoopbackServer.send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        });

        source(20).poll();

        assertEquals(3, server.requests().size(), "*, then B, then A, whose answer names B again");
        assertEquals(1, counters.get("europepmc.cursor_loop"));
        assertTrue(state.get("europepmc|" + QUERY + "|until").isEmpty());
    }

    @Test
    void aCursorThatNeverEndsStopsAtThePageLimit() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/europepmc/webservices/rest/search", exchange -> {
            String body = TestResources.text("europepmc/search-page1.json", server.uri("/"))
                    .replace("AoE-page2", "fresh-" + calls.incrementAndGet());
            LoopbackServer.send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        });

        source(4).poll();

        assertEquals(4, server.requests().size());
        assertEquals(1, counters.get("europepmc.page_limit"));
    }

    @Test
    void aFailedSearchIsDeadLetteredAndNothingIsPublished() throws Exception {
        server.on("/europepmc/webservices/rest/search", exchange -> LoopbackServer.send(exchange, 404, "text/plain",
                "gone".getBytes(StandardCharsets.UTF_8)));

        source(4).poll();

        assertEquals(List.of(), sink.articles());
        assertEquals(1, sink.rejections().size());
        assertTrue(sink.rejections().get(0).rejection().detail().contains("Europe PMC search failed"),
                sink.rejections().get(0).toString());
    }

    private static final String FULL_TEXT_PATH = "/europepmc/webservices/rest/PMC9900301/fullTextXML";

    @Test
    void anOpenAccessRecordArrivesWithItsWholeTextAndBlocksUnderTheIdItsAbstractHad() throws Exception {
        serveTwoPages();
        server.serve(FULL_TEXT_PATH, "application/xml", TestResources.text("europepmc/PMC9900301-fullText.xml",
                server.uri("/")));

        source(10).poll();

        RawArticle trial = sink.articles().get(0);
        assertEquals("doi:10.99999/jimr.2026.0101", trial.id());
        assertEquals("jats", trial.format());
        assertTrue(trial.text().contains("Mood scores fell by nine points with lanterns"), trial.text());
        assertTrue(trial.text().contains("improved more with lanterns than with a dim lamp (p<0.05)"), trial.text());
        assertFalse(trial.text().contains("invented reference"), "references are left out, as for .nxml files");
        assertTrue(trial.blocks().stream().anyMatch(b -> b.type() == ArticleBlock.Type.HEADING && b.text().equals("Methods")),
                trial.blocks().toString());
        assertTrue(trial.blocks().stream().anyMatch(b -> b.type() == ArticleBlock.Type.TABLE), "the table is a block");
        assertEquals(List.of("Randomized Controlled Trial", "Journal Article"), trial.publicationTypes(),
                "the record's publication types stay: JATS does not carry them");
        assertEquals("Journal of Invented Mood Research", trial.journal());
        assertEquals("99003001", trial.pmid());
        assertEquals("https://europepmc.org/article/MED/99003001", trial.url());
        assertEquals(1, server.requests(FULL_TEXT_PATH).size());
        assertEquals(1, counters.get("europepmc.full_text"));
        RawArticle preprint = sink.articles().get(1);
        assertEquals("text", preprint.format(), "not open access: its abstract, and no full text asked for");
        assertEquals(List.of(), sink.rejections());
    }

    @Test
    void aFullTextThatIsNotThereLeavesTheAbstractAndIsCounted() throws Exception {
        serveTwoPages();
        server.on(FULL_TEXT_PATH, exchange -> LoopbackServer.send(exchange, 404, "text/plain",
                "not found".getBytes(StandardCharsets.UTF_8)));

        source(10).poll();

        RawArticle trial = sink.articles().get(0);
        assertEquals("text", trial.format());
        assertTrue(trial.text().endsWith("than with a dim lamp (p<0.05)."), trial.text());
        assertEquals(1, counters.get("europepmc.full_text_missing"));
        assertEquals(List.of(), sink.rejections(), "the abstract is published: nothing is lost");
    }

    @Test
    void aMalformedFullTextLeavesTheAbstractAndIsCounted() throws Exception {
        serveTwoPages();
        server.serve(FULL_TEXT_PATH, "application/xml", "<article><front><article-meta><title-group>cut off");

        source(10).poll();

        assertEquals("text", sink.articles().get(0).format());
        assertEquals(2, sink.articles().size());
        assertEquals(1, counters.get("europepmc.full_text_missing"));
        assertEquals(List.of(), sink.rejections());
    }

    @Test
    void aRecordWithNeitherAbstractNorReadableFullTextIsDeadLettered() throws Exception {
        server.serve("/europepmc/webservices/rest/search", "application/json", """
                {"nextCursorMark": "*", "resultList": {"result": [
                  {"id": "PMC9900309", "source": "PMC", "pmcid": "PMC9900309", "isOpenAccess": "Y", "title": ""}]}}
                """);
        server.serve("/europepmc/webservices/rest/PMC9900309/fullTextXML", "application/xml",
                "<!DOCTYPE article [<!ENTITY x \"boom\">]><article>&x;</article>");

        source(10).poll();

        assertEquals(List.of(), sink.articles());
        assertEquals(1, sink.rejections().size());
        RecordingSink.Rejected rejected = sink.rejections().get(0);
        assertEquals(DeadLetterReason.UNREADABLE, rejected.rejection().reason());
        assertTrue(rejected.rejection().detail().contains("malformed or unsafe JATS XML"), rejected.toString());
        assertTrue(rejected.source().endsWith("/PMC9900309/fullTextXML"), rejected.source());
    }
}
