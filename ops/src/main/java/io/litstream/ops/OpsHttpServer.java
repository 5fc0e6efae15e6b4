package io.litstream.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.litstream.aggregate.query.MalformedTargetGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Health, metrics and the operators' dashboard, on their own port so that a load balancer's
 * probes never compete with queries: {@code /health/live} (the process answers),
 * {@code /health/ready} (200 only when every stage in this process is running and the pipeline's
 * topics exist), {@code /metrics} (Prometheus text format) and whatever {@link #route} adds.
 * Everything but the health checks is subject to {@link OpsAccess}: probes carry no secrets, and
 * the health answers reveal nothing but stage states.
 */
public final class OpsHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final MalformedTargetGuard front;
    private final ExecutorService executor;
    private final OpsAccess access;

    /** Open access, no topic check: for tests of the health and metrics endpoints alone. */
    public OpsHttpServer(String host, int port, Supplier<Map<String, String>> readiness, PipelineMetrics metrics) {
        this(host, port, OpsAccess.open(), readiness, () -> true, metrics);
    }

    /**
     * @param host          interface to bind (loopback unless the operator chooses otherwise)
     * @param port          port, 0 for any free one
     * @param access        who may read everything but the health checks
     * @param readiness     each stage's state; ready when all are "RUNNING"
     * @param topicsPresent whether the pipeline's topics exist (the caller caches the answer)
     * @param metrics       the process's metrics
     */
    public OpsHttpServer(String host, int port, OpsAccess access, Supplier<Map<String, String>> readiness,
            BooleanSupplier topicsPresent, PipelineMetrics metrics) {
        this.access = access;
        try {
            front = new MalformedTargetGuard(host, port);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot bind the health/metrics server to " + host + ":" + port, e.getCause());
        }
        try {
            // Loopback only: clients reach it through the front door, which answers a request the
            // JDK cannot parse (a malformed %-escape) with JSON instead of the JDK's HTML page.
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            front.close();
            throw new UncheckedIOException("cannot bind the health/metrics loopback server", e);
        }
        AtomicInteger threads = new AtomicInteger();
        // Two threads: a slow dashboard request never holds up a probe.
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "litstream-ops-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/health/live", ex -> respond(ex, 200, "application/json", "{\"status\":\"UP\"}"));
        server.createContext("/health/ready", ex -> {
            Map<String, String> states = readiness.get();
            boolean topics = topicsPresent.getAsBoolean();
            boolean ready = topics && !states.isEmpty() && states.values().stream().allMatch("RUNNING"::equals);
            String body = states.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{\"status\":\"" + (ready ? "UP" : "DOWN") + "\",\"topics\":\""
                            + (topics ? "PRESENT" : "MISSING") + "\",\"stages\":{", "}}"));
            respond(ex, ready ? 200 : 503, "application/json", body);
        });
        route("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        server.start();
        front.start(server.getAddress().getPort());
    }

    /** Serves {@code path} (and everything under it) with {@code handler}, behind the access check. */
    public void route(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            OpsAccess.Verdict verdict = access.check(ex);
            if (verdict == OpsAccess.Verdict.DENIED) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"litstream\"");
                respond(ex, 401, "text/plain; charset=utf-8",
                        "401: send the ops token as 'Authorization: Bearer <token>', or open the page once with ?token=<token>\n");
                return;
            }
            if (verdict == OpsAccess.Verdict.ALLOWED_SET_COOKIE) {
                ex.getResponseHeaders().add("Set-Cookie", access.cookieFor(ex.getRequestURI().getRawQuery()));
            }
            handler.handle(ex);
        });
    }

    public int port() {
        return front.address().getPort();
    }

    /** Answers a GET with {@code body}; anything but GET gets 405. Closes the exchange. */
    public static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        respond(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #respond(HttpExchange, int, String, String)} with bytes. */
    public static void respond(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", "GET");
                ex.sendResponseHeaders(405, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        front.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
