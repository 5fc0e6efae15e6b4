package io.litstream.launcher.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Health and metrics for operators and orchestrators, on their own port so that a load balancer's
 * probes never compete with queries: {@code /health/live} (the process answers),
 * {@code /health/ready} (200 only when every stage in this process is running) and
 * {@code /metrics} (Prometheus text format).
 */
public final class OpsHttpServer implements AutoCloseable {
    private final HttpServer server;

    /**
     * @param host      interface to bind (loopback unless the operator chooses otherwise)
     * @param port      port, 0 for any free one
     * @param readiness each stage's state; ready when all are "RUNNING"
     * @param metrics   the process's metrics
     */
    public OpsHttpServer(String host, int port, Supplier<Map<String, String>> readiness, PipelineMetrics metrics) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the health/metrics server to " + host + ":" + port, e);
        }
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "litstream-ops-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/health/live", ex -> respond(ex, 200, "application/json", "{\"status\":\"UP\"}"));
        server.createContext("/health/ready", ex -> {
            Map<String, String> states = readiness.get();
            boolean ready = !states.isEmpty() && states.values().stream().allMatch("RUNNING"::equals);
            String body = states.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{\"status\":\"" + (ready ? "UP" : "DOWN") + "\",\"stages\":{", "}}"));
            respond(ex, ready ? 200 : 503, "application/json", body);
        });
        server.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "GET");
                ex.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
