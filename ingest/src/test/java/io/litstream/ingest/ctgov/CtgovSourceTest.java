package io.litstream.ingest.ctgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.fetch.PoliteFetcher;
import io.litstream.ingest.fetch.TestFetchConfigs;
import io.litstream.ingest.source.NetworkSourceTest;
import io.litstream.ingest.source.TestResources;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.RawArticle;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CtgovSourceTest extends NetworkSourceTest {
    private static final Clock NOV_5 = Clock.fixed(Instant.parse("2026-11-05T08:00:00Z"), ZoneOffset.UTC);

    private CtgovSource source(int maxPages) {
        URI base = server.uri("/api/v2/");
        CtgovClient client = new CtgovClient(new PoliteFetcher(TestFetchConfigs.loopback().withObeyRobots(false)
                .withMinIntervalPerHost(Duration.ZERO)), base);
        return new CtgovSource(CtgovQuery.parse("cond=depression&intr=light therapy"), client, base, sink, state, counters,
                NOV_5, Duration.ofDays(30), maxPages);
    }

    /** Two pages: the first names the second by its token. */
    private void serveTwoPages(String page1) {
        server.on("/api/v2/studies", exchange -> {
            boolean second = exchange.getRequestURI().getRawQuery().contains("pageToken=tok-2");
            LoopbackServer.send(exchange, 200, "application/json", (second
                    ? TestResources.text("ctgov/studies-page2.json", server.uri("/"))
                    : page1).getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aStudyWithPostedResultsBecomesAnNctArticleWhoseAnalysesArePlainSentences() throws Exception {
        serveTwoPages(TestResources.text("ctgov/studies-page1.json", server.uri("/")));

        source(10).poll();

        List<RawArticle> articles = sink.articles();
        assertEquals(List.of("nct:NCT09900001", "nct:NCT09900002"), articles.stream().map(RawArticle::id).toList());
        RawArticle lantern = articles.get(0);
        assertEquals("https://clinicaltrials.gov/study/NCT09900001", lantern.url());
        assertEquals(RawArticle.SourceKind.URL, lantern.sourceKind());
        assertEquals("ctgov", lantern.format());
        assertEquals(List.of("Randomized Controlled Trial", "Clinical Trial"), lantern.publicationTypes());
        List<String> paragraphs = lantern.blocks().stream().filter(b -> b.type() == ArticleBlock.Type.PARAGRAPH)
                .map(ArticleBlock::text).toList();
        assertTrue(paragraphs.contains("Lantern light showed a significantly lower change in MADRS Total Score than Sham lamp"
                + " (mean difference (net) -4.2, 95% CI -7.4 to -1.0; p=0.01; ANCOVA)."), paragraphs.toString());
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("Lantern light (n=60): least squares mean -11.2 score on a scale"
                + " (standard error 1.1)")), paragraphs.toString());
        assertTrue(paragraphs.get(0).contains("A randomized phase 2 interventional study. Status: completed."
                + " Enrolment: 120 participants."), paragraphs.get(0));
        assertTrue(lantern.blocks().stream().anyMatch(b -> b.type() == ArticleBlock.Type.LIST_ITEM
                && b.text().equals("Intervention (device): Lantern. A warm 2,000 lux lantern.")), lantern.blocks().toString());
        assertTrue(lantern.text().contains("Change in MADRS total score (time frame: Baseline to week 4)"));
        assertEquals(1, counters.get("ctgov.unusable_study"), "the record without an NCT number is skipped");

        String first = URLDecoder.decode(server.requests().get(0).path(), StandardCharsets.UTF_8);
        assertTrue(first.startsWith("/api/v2/studies?query.cond=depression&query.intr=light therapy"
                + "&filter.advanced=AREA[LastUpdatePostDate]RANGE[2026-10-06,MAX]&pageSize=100&format=json"), first);
    }

    @Test
    void aStudyUpdatedLaterIsPublishedAgainUnderTheSameIdAndAnUnchangedOneIsNot() throws Exception {
        String page1 = TestResources.text("ctgov/studies-page1.json", server.uri("/"));
        AtomicInteger version = new AtomicInteger();
        server.on("/api/v2/studies", exchange -> {
            String body = exchange.getRequestURI().getRawQuery().contains("pageToken=tok-2")
                    ? TestResources.text("ctgov/studies-page2.json", server.uri("/"))
                    : version.get() == 0 ? page1
                    : page1.replace("2026-11-02", "2026-11-05").replace("COMPLETED", "TERMINATED");
            LoopbackServer.send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        });
        CtgovSource source = source(10);
        source.poll();
        source.poll();
        assertEquals(2, sink.articles().size(), "nothing changed: nothing published twice");

        version.set(1);
        source.poll();

        List<RawArticle> articles = sink.articles();
        assertEquals(3, articles.size());
        assertEquals("nct:NCT09900001", articles.get(2).id());
        assertTrue(articles.get(2).text().contains("Status: terminated."));
        String third = URLDecoder.decode(server.requests().get(4).path(), StandardCharsets.UTF_8);
        assertTrue(third.contains("RANGE[2026-11-05,MAX]"), "later polls start at the day of the last complete one: " + third);
    }

    @Test
    void aPageTokenThatComesBackEndsThePollInsteadOfLoopingForEver() throws Exception {
        String looping = TestResources.text("ctgov/studies-page1.json", server.uri("/"));
        server.on("/api/v2/studies", exchange ->
                LoopbackServer.send(exchange, 200, "application/json", looping.getBytes(StandardCharsets.UTF_8)));

        source(10).poll();

        assertEquals(2, server.requests().size(), "the first page, then the page its token names, which names itself again");
        assertEquals(1, counters.get("ctgov.page_loop"));
        assertEquals(1, sink.articles().size());
    }

    @Test
    void pagesThatNeverEndStopAtThePageLimitAndTheWindowStaysPut() throws Exception {
        AtomicInteger page = new AtomicInteger();
        server.on("/api/v2/studies", exchange -> LoopbackServer.send(exchange, 200, "application/json",
                ("{\"studies\": [], \"nextPageToken\": \"tok-" + page.incrementAndGet() + "-x\"}").getBytes(StandardCharsets.UTF_8)));

        CtgovSource source = source(5);
        source.poll();

        assertEquals(5, server.requests().size());
        assertEquals(1, counters.get("ctgov.page_limit"));
        assertTrue(state.get("ctgov|cond=depression&intr=light therapy|since").isEmpty(), "an unfinished poll does not advance");
    }

    @Test
    void anAnswerThatIsNotTheStudiesJsonIsDeadLettered() throws Exception {
        server.serve("/api/v2/studies", "text/html", "<html>maintenance</html>");

        source(5).poll();

        assertEquals(List.of(), sink.articles());
        assertEquals(1, sink.rejections().size());
        assertTrue(sink.rejections().get(0).rejection().detail().contains("unreadable ClinicalTrials.gov answer"));
    }

    @Test
    void aQueryIsAConditionAndAnOptionalIntervention() {
        assertEquals(new CtgovQuery("depression", null), CtgovQuery.parse("depression"));
        assertEquals(new CtgovQuery("major depression", "esketamine"), CtgovQuery.parse("cond=major depression&intr=esketamine"));
        assertEquals(new CtgovQuery(null, "ketamine"), CtgovQuery.parse("intr=ketamine"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CtgovQuery.parse("locn=Boston"));
    }
}
