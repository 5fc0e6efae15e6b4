package io.litstream.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpsHttpServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readyOnlyWhenEveryStageRunsLiveAlways() throws Exception {
        Map<String, String> states = new LinkedHashMap<>(Map.of("ingest", "RUNNING", "extract", "REBALANCING"));
        try (PipelineMetrics metrics = new PipelineMetrics();
             OpsHttpServer server = new OpsHttpServer("127.0.0.1", 0, () -> Map.copyOf(states), metrics)) {
            assertEquals(200, get(server, "/health/live").statusCode());
            HttpResponse<String> notReady = get(server, "/health/ready");
            assertEquals(503, notReady.statusCode());
            assertTrue(notReady.body().contains("\"extract\":\"REBALANCING\""), notReady.body());

            states.put("extract", "RUNNING");
            assertEquals(200, get(server, "/health/ready").statusCode());
        }
    }

    @Test
    void metricsShowIngestCountersPerDeadLetterReasonInPrometheusFormat() throws Exception {
        IngestMetrics counts = new IngestMetrics(7, 2, Map.of(DeadLetterReason.EMPTY_BODY, 3L), 0);
        try (PipelineMetrics metrics = new PipelineMetrics();
             OpsHttpServer server = new OpsHttpServer("127.0.0.1", 0, Map::of, metrics)) {
            metrics.bindIngest(() -> counts);
            String body = get(server, "/metrics").body();
            assertTrue(body.contains("litstream_ingest_articles_published_total 7.0"), body);
            assertTrue(body.contains("litstream_dead_letters_total{reason=\"EMPTY_BODY\",stage=\"ingest\"} 3.0"), body);
            assertTrue(body.contains("jvm_memory_used_bytes"), "JVM metrics too");
        }
    }

    @Test
    void notReadyWhileThePipelineTopicsAreMissing() throws Exception {
        boolean[] topics = {false};
        try (PipelineMetrics metrics = new PipelineMetrics();
             OpsHttpServer server = new OpsHttpServer("127.0.0.1", 0, OpsAccess.open(),
                     () -> Map.of("extract", "RUNNING"), () -> topics[0], metrics)) {
            HttpResponse<String> missing = get(server, "/health/ready");
            assertEquals(503, missing.statusCode());
            assertTrue(missing.body().contains("\"topics\":\"MISSING\""), missing.body());
            topics[0] = true;
            assertEquals(200, get(server, "/health/ready").statusCode());
        }
    }

    @Test
    void aMalformedPercentEscapeGetsJsonNotTheJdksHtmlPage() throws Exception {
        try (PipelineMetrics metrics = new PipelineMetrics();
             OpsHttpServer server = new OpsHttpServer("127.0.0.1", 0, Map::of, metrics);
             java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /dashboard/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertTrue(response.startsWith("HTTP/1.1 400 "), response);
            assertTrue(response.contains("application/json"), response);
            assertTrue(response.contains("\"error\":\"malformed request target /dashboard/%ZZ"), response);
            assertEquals(200, get(server, "/health/live").statusCode(), "the server keeps serving");
        }
    }

    @Test
    void onlyGetIsAllowed() throws Exception {
        try (PipelineMetrics metrics = new PipelineMetrics();
             OpsHttpServer server = new OpsHttpServer("127.0.0.1", 0, Map::of, metrics)) {
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        }
    }

    private HttpResponse<String> get(OpsHttpServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
