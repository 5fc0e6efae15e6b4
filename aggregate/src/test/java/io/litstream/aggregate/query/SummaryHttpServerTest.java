package io.litstream.aggregate.query;

import static io.litstream.aggregate.testing.Articles.article;
import static io.litstream.topics.extraction.ClaimType.EFFICACY;
import static io.litstream.topics.extraction.EvidenceLevel.CLINICAL;
import static io.litstream.topics.extraction.EvidenceLevel.PRECLINICAL;
import static io.litstream.topics.extraction.EvidenceLevel.REGULATORY;
import static io.litstream.topics.extraction.Polarity.SUPPORTS;
import static io.litstream.topics.extraction.ComparatorKind.PLACEBO;
import static io.litstream.topics.extraction.Direction.BETTER;
import static io.litstream.topics.extraction.Direction.NO_DIFFERENCE;
import static io.litstream.topics.extraction.OutcomeMeasure.MADRS;
import static io.litstream.topics.extraction.OutcomeMeasure.REMISSION;
import static io.litstream.topics.extraction.StudyDesign.RANDOMISED_CONTROLLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.aggregate.testing.AggregateDriver;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.EntityIds;
import io.litstream.topics.serde.Json;
import io.litstream.topics.summary.TherapySummary;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real HTTP calls against the server, backed by the summaries store of the real topology. */
class SummaryHttpServerTest {
    @TempDir
    Path stateDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = Json.newMapper();
    private AggregateDriver driver;
    private SummaryHttpServer server;

    @BeforeEach
    void start() {
        driver = new AggregateDriver(stateDir);
        driver.put(article("a1").therapy("ketamine", new EntityIds("D007649", "DB01221", "CHEBI:6121", null))
                .claim("ketamine", EFFICACY, SUPPORTS).therapy("ect", new EntityIds("D004565", null, null, null))
                .claim("ect", EFFICACY, SUPPORTS).build());
        driver.put(article("a2").claim("ketamine", EFFICACY, SUPPORTS).claim("psilocybin", EFFICACY, SUPPORTS).build());
        driver.put(article("a3").claim("ketamine", EFFICACY, SUPPORTS).build());
        server = new SummaryHttpServer().start(driver.queryStore());
    }

    @AfterEach
    void stop() {
        server.close();
        driver.close();
    }

    @Test
    void listsAllSummariesMostArticlesFirstThenById() throws Exception {
        HttpResponse<String> response = get("/therapies");

        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        List<TherapySummary> summaries = Arrays.asList(json.readValue(response.body(), TherapySummary[].class));
        assertEquals(List.of("ketamine", "ect", "psilocybin"), summaries.stream().map(TherapySummary::therapyId).toList());
        assertEquals(driver.store().get("ketamine"), summaries.get(0));
    }

    @Test
    void returnsOneSummaryById() throws Exception {
        HttpResponse<String> response = get("/therapies/ketamine");

        assertEquals(200, response.statusCode());
        TherapySummary ketamine = json.readValue(response.body(), TherapySummary.class);
        assertEquals("ketamine", ketamine.therapyId());
        assertEquals(3, ketamine.articleCount());
    }

    @Test
    void oneTherapyComesWithEveryClaimAndTheArticlesItWasReadIn() throws Exception {
        JsonNode ketamine = json.readTree(get("/therapies/ketamine").body());

        JsonNode claims = ketamine.get("claims");
        assertEquals(3, claims.size(), claims.toString());
        assertEquals(List.of("a1", "a2", "a3"), ids(claims, "articleId"));
        JsonNode first = claims.get(0);
        assertEquals("Title of a1", first.get("title").asText());
        assertEquals("https://example.org/a1", first.get("url").asText());
        assertTrue(first.get("sentence").asText().contains("ketamine"), first.toString());
        assertEquals(List.of("a1", "a2", "a3"), ids(ketamine.get("articles"), "articleId"));
    }

    @Test
    void oneTherapyComesWithItsPerOutcomeTableAndEachTrialsDesignAndSize() throws Exception {
        driver.put(article("doi:10.7/trial").design(RANDOMISED_CONTROLLED).sampleSize(104)
                .finding("psilocybin", MADRS, BETTER, PLACEBO).finding("psilocybin", REMISSION, NO_DIFFERENCE, PLACEBO)
                .build());

        JsonNode psilocybin = json.readTree(get("/therapies/psilocybin").body());

        JsonNode madrs = psilocybin.at("/outcomes/MADRS");
        assertEquals(1, madrs.get("randomisedTrials").asInt(), psilocybin.toString());
        assertEquals(1, madrs.at("/randomisedTrialsByDirection/BETTER").asInt());
        assertEquals(1, madrs.at("/comparators/PLACEBO").asInt());
        assertEquals(104, madrs.get("participants").asInt());
        assertEquals(1, psilocybin.at("/outcomes/REMISSION/articlesByDirection/NO_DIFFERENCE").asInt());
        JsonNode trial = psilocybin.get("articles").get(1);
        assertEquals("doi:10.7/trial", trial.get("articleId").asText());
        assertEquals("RANDOMISED_CONTROLLED", trial.get("design").asText());
        assertEquals(104, trial.get("sampleSize").asInt());
        JsonNode finding = psilocybin.get("claims").get(1);
        assertEquals("MADRS", finding.get("outcomeMeasure").asText());
        assertEquals("BETTER", finding.get("direction").asText());
        assertEquals("PLACEBO", finding.get("comparatorKind").asText());
    }

    @Test
    void listsCanBeSortedByScoreOrNameAndFilteredByScoreEvidenceAndType() throws Exception {
        driver.put(article("doi:10.1/x").claim("lithium", EFFICACY, SUPPORTS, REGULATORY)
                .claim("lithium", EFFICACY, SUPPORTS, CLINICAL).build());
        driver.put(article("a4").claim("ect", EFFICACY, SUPPORTS, PRECLINICAL).build());

        assertEquals(List.of("lithium", "ketamine", "ect", "psilocybin"), therapyIds("/therapies?sort=score"));
        assertEquals(List.of("ect", "ketamine", "lithium", "psilocybin"), therapyIds("/therapies?sort=name"));
        assertEquals(List.of("lithium", "ketamine"), therapyIds("/therapies?sort=score&minScore=0.35"));
        assertEquals(List.of("lithium"), therapyIds("/therapies?evidence=REGULATORY"));
        assertEquals(List.of("ketamine", "ect", "lithium", "psilocybin"), therapyIds("/therapies?evidence=clinical"));
        assertEquals(List.of(), therapyIds("/therapies?type=PROCEDURE"));
        assertEquals(4, therapyIds("/therapies?type=drug").size());
    }

    @Test
    void aTherapyIsFoundByItsMeshDrugBankOrChebiId() throws Exception {
        assertEquals(List.of("ketamine"), therapyIds("/therapies?mesh=D007649"));
        assertEquals(List.of("ketamine"), therapyIds("/therapies?drugbank=db01221"));
        assertEquals(List.of("ketamine"), therapyIds("/therapies?chebi=CHEBI:6121&mesh=D007649"));
        assertEquals(List.of("ect"), therapyIds("/therapies?mesh=D004565"));
        assertEquals(List.of(), therapyIds("/therapies?drugbank=DB01221&mesh=D004565"));
        assertEquals(List.of(), therapyIds("/therapies?drugbank=DB00001"));
        TherapySummary ketamine = json.readValue(get("/therapies/ketamine").body(), TherapySummary.class);
        assertEquals("D007649", ketamine.ids().mesh());
    }

    @Test
    void malformedParametersAre400() throws Exception {
        for (String query : List.of("sort=popularity", "minScore=high", "minScore=1.5", "evidence=ANECDOTE",
                "mesh=ketamine", "drugbank=DB1221", "chebi=6121")) {
            HttpResponse<String> response = get("/therapies?" + query);
            assertEquals(400, response.statusCode(), query);
            assertTrue(json.readTree(response.body()).has("error"), query);
        }
    }

    @Test
    void anArticleIsServedWithItsExtractionEvenWhenItsIdHoldsASlash() throws Exception {
        driver.put(article("doi:10.1000/xyz").claim("lithium", EFFICACY, SUPPORTS).build());

        HttpResponse<String> plain = get("/articles/a2");
        HttpResponse<String> doi = get("/articles/doi:10.1000/xyz");
        HttpResponse<String> encoded = get("/articles/doi%3A10.1000%2Fxyz");

        assertEquals(200, plain.statusCode());
        assertEquals(driver.live().get("a2"), json.readValue(plain.body(), ArticleExtraction.class));
        assertEquals("doi:10.1000/xyz", json.readTree(doi.body()).get("articleId").asText());
        assertEquals(doi.body(), encoded.body());
    }

    @Test
    void aRetractedArticleIs404() throws Exception {
        driver.retract("a2");

        assertEquals(404, get("/articles/a2").statusCode());
        assertEquals(404, get("/therapies/psilocybin").statusCode());
        assertEquals(2, json.readTree(get("/therapies/ketamine").body()).get("claims").size());
    }

    @Test
    void unknownTherapyIs404WithAnErrorBody() throws Exception {
        HttpResponse<String> response = get("/therapies/homeopathy");

        assertEquals(404, response.statusCode());
        JsonNode body = json.readTree(response.body());
        assertTrue(body.get("error").asText().contains("homeopathy"));
    }

    @Test
    void unknownPathIs404() throws Exception {
        assertEquals(404, get("/").statusCode());
        assertEquals(404, get("/therapies/ketamine/claims").statusCode());
        assertEquals(404, get("/articles/").statusCode());
        assertEquals(404, get("/therapiesx").statusCode());
    }

    @Test
    void otherMethodsAre405() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/therapies"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
        assertTrue(json.readTree(response.body()).has("error"));

        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(uri("/therapies/ketamine")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
    }

    @Test
    void headAnswersWhatGetWouldWithoutTheBody() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/therapies/ketamine"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get("/therapies/ketamine").body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                Integer.parseInt(head.headers().firstValue("Content-Length").orElseThrow()));
    }

    @Test
    void aHugeBadParameterIsNotEchoedBackWhole() throws Exception {
        HttpResponse<String> response = get("/therapies?sort=" + "x".repeat(100_000));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().length() < 1_000, () -> response.body().length() + " characters");
        assertTrue(json.readTree(response.body()).get("error").asText().startsWith("sort must be one of"));
    }

    @Test
    void aMalformedPercentEscapeIsAJson400NotTheJdksHtmlPage() throws Exception {
        // java.net.http refuses to send such a URI, as curl does not: the request goes raw.
        String response = raw("GET /therapies/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        assertTrue(response.contains("Content-Type: application/json; charset=utf-8"), response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(json.readTree(body).get("error").asText().startsWith("malformed request target /therapies/%ZZ"),
                body);
    }

    @Test
    void aKeptAliveConnectionServesRequestsInTurnThenRefusesAMalformedOne() throws Exception {
        String response = raw("GET /therapies/ketamine HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /therapies HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}"
                + "GET /therapies/a b HTTP/1.1\r\nHost: x\r\n\r\n");

        int ok = response.indexOf("HTTP/1.1 200 ");
        int notAllowed = response.indexOf("HTTP/1.1 405 ");
        int refused = response.indexOf("HTTP/1.1 400 ");
        assertTrue(ok == 0 && notAllowed > ok && refused > notAllowed, response);
        assertTrue(response.contains("\"therapyId\":\"ketamine\""), response);
    }

    /** Sends {@code request} as written and reads until the server closes the connection. */
    private String raw(String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void unavailableStoreIs503() throws Exception {
        try (SummaryHttpServer rebalancing = new SummaryHttpServer().start(new KafkaStreamsSummaryStore(() -> {
            throw new InvalidStateStoreException("the store is migrating");
        }))) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + rebalancing.port() + "/therapies")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(503, response.statusCode());
            assertEquals("1", response.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(json.readTree(response.body()).get("error").asText().contains("migrating"));
        }
    }

    @Test
    void bindsAnEphemeralLoopbackPortAndStopsOnClose() {
        assertTrue(server.port() > 0);
        assertEquals("127.0.0.1", server.host());

        server.close();

        assertThrows(IOException.class, () -> get("/therapies"));
    }

    @Test
    void knowsItsPortBeforeStartingSoItCanBeAdvertisedFirst() {
        try (SummaryHttpServer bound = new SummaryHttpServer(SummaryHttpServer.DEFAULT_HOST, 0)) {
            assertTrue(bound.port() > 0);
        }
    }

    private List<String> therapyIds(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        return ids(json.readTree(response.body()), "therapyId");
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
