package io.litstream.ingest.crossref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.ingest.fetch.LoopbackServer;
import io.litstream.ingest.fetch.PoliteFetcher;
import io.litstream.ingest.fetch.TestFetchConfigs;
import io.litstream.ingest.publish.Retraction;
import io.litstream.ingest.source.NetworkSourceTest;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossrefCheckedSinkTest extends NetworkSourceTest {
    private CrossrefCheckedSink checked() {
        server.on("/works/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String body = path.endsWith("10.99999%2Fretracted.1")
                    ? "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\"DOI\":\"10.99999/retracted.1\","
                            + "\"updated-by\":[{\"DOI\":\"10.99999/notice.9\",\"type\":\"retraction\",\"label\":\"Retraction\"}]}}"
                    : path.endsWith("10.99999%2Fnotice.9")
                    ? "{\"status\":\"ok\",\"message\":{\"DOI\":\"10.99999/notice.9\",\"update-to\":[{\"DOI\":\"10.99999/Retracted.1\","
                            + "\"type\":\"retraction\"},{\"DOI\":\"10.99999/other.2\",\"type\":\"correction\"}]}}"
                    : path.endsWith("10.99999%2Fsound.3")
                    ? "{\"status\":\"ok\",\"message\":{\"DOI\":\"10.99999/sound.3\",\"updated-by\":[{\"DOI\":\"10.99999/erratum.4\","
                            + "\"type\":\"correction\"}]}}"
                    : null;
            if (body == null) {
                LoopbackServer.send(exchange, 404, "text/plain", "Resource not found.".getBytes(StandardCharsets.UTF_8));
            } else {
                LoopbackServer.send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
            }
        });
        PoliteFetcher fetcher = new PoliteFetcher(TestFetchConfigs.loopback().withObeyRobots(false).withMinIntervalPerHost(Duration.ZERO));
        return new CrossrefCheckedSink(sink, fetcher, server.uri("/"), counters);
    }

    @Test
    void aWorkCrossrefMarksRetractedIsRetractedInsteadOfPublished() {
        checked().accept(article("10.99999/retracted.1", "31000010"));

        assertEquals(List.of(), sink.articles());
        Retraction r = sink.retractions().get(0);
        assertEquals("10.99999/retracted.1", r.doi());
        assertEquals("31000010", r.pmid());
    }

    @Test
    void aRetractionNoticeRetractsTheDoisItRetractsAndIsNotPublished() {
        checked().accept(article("10.99999/notice.9", null));

        assertEquals(List.of(), sink.articles());
        assertEquals(List.of("10.99999/retracted.1"), sink.retractions().stream().map(Retraction::doi).toList(),
                "a correction is not a retraction");
    }

    @Test
    void aCorrectedWorkAnUnknownDoiAndAnArticleWithoutDoiArePublished() {
        CrossrefCheckedSink checked = checked();
        checked.accept(article("10.99999/sound.3", null));
        checked.accept(article("10.99999/unknown.5", null));
        checked.accept(article(null, "31000011"));

        assertEquals(3, sink.articles().size());
        assertEquals(List.of(), sink.retractions());
        assertEquals(1, counters.get("crossref.unanswered"));
    }

    private static RawArticle article(String doi, String pmid) {
        String text = "A fictional trial of lantern light.";
        return new RawArticle(doi != null ? "doi:" + doi : "pmid:" + pmid, "https://example.org/a", SourceKind.URL, "text",
                "Trial", text, null, doi, pmid, null, 2026, "h", Instant.EPOCH);
    }
}
