package io.litstream.aggregate.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.litstream.topics.serde.Json;
import io.litstream.topics.summary.TherapySummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the therapy summaries as JSON over HTTP, on the JDK's built-in server.
 *
 * <ul>
 *   <li>{@code GET /therapies}: every summary, most articles first, then by therapy id</li>
 *   <li>{@code GET /therapies/{id}}: one summary, or 404</li>
 *   <li>any other method on those paths: 405; any other path: 404</li>
 *   <li>503 while the store is unavailable (rebalancing, restoring)</li>
 * </ul>
 * Errors are {@code {"error": "..."}}.
 *
 * <p>The socket is bound by the constructor and requests are served from {@link #start}, so the
 * real port is known before the Kafka Streams instance exists: with port 0 the caller can bind,
 * advertise {@code host:port} as {@code application.server}, create the streams, then start
 * serving its store. Requests are answered on the server's dispatcher thread: each one is a
 * local store read, too short to need a pool.
 */
public final class SummaryHttpServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(SummaryHttpServer.class);
    private static final String BASE_PATH = "/therapies";
    private static final Comparator<TherapySummary> MOST_ARTICLES_FIRST = Comparator
            .comparingLong(TherapySummary::articleCount).reversed()
            .thenComparing(TherapySummary::therapyId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ObjectMapper mapper = Json.newMapper();
    private final HttpServer server;

    /**
     * Binds {@code host:port}; port 0 picks a free one.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public SummaryHttpServer(String host, int port) {
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the summary API to " + host + ":" + port, e);
        }
    }

    /** Binds an ephemeral port on the loopback interface. */
    public SummaryHttpServer() {
        this(DEFAULT_HOST, 0);
    }

    /** Starts answering requests from {@code store}; call once. */
    public SummaryHttpServer start(SummaryStore store) {
        Objects.requireNonNull(store);
        server.createContext("/", exchange -> handle(store, exchange));
        server.start();
        log.info("therapy summaries served on http://{}:{}{}", host(), port(), BASE_PATH);
        return this;
    }

    /** The bound port (the real one when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The bound host address. */
    public String host() {
        return server.getAddress().getHostString();
    }

    /** Stops at once: in-flight reads are cut off, which a read-only API can afford. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(SummaryStore store, HttpExchange exchange) throws IOException {
        try {
            exchange.getRequestBody().close();
            String path = exchange.getRequestURI().getPath();
            Route route = Route.of(path);
            if (route == Route.NOT_FOUND) {
                sendError(exchange, 404, "no such resource: " + path);
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                sendError(exchange, 405, "method " + exchange.getRequestMethod() + " not allowed, use GET");
            } else if (route == Route.COLLECTION) {
                List<TherapySummary> all = store.all().stream().sorted(MOST_ARTICLES_FIRST).toList();
                send(exchange, 200, all);
            } else {
                String id = path.substring(BASE_PATH.length() + 1);
                var summary = store.get(id);
                if (summary.isPresent()) {
                    send(exchange, 200, summary.get());
                } else {
                    sendError(exchange, 404, "no summary for therapy " + id);
                }
            }
        } catch (StoreUnavailableException e) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            sendError(exchange, 503, e.getMessage());
        } catch (RuntimeException e) {
            log.error("failed to answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            sendError(exchange, 500, "internal error");
        } finally {
            exchange.close();
        }
    }

    private void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, Map.of("error", message));
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            log.error("cannot write the response as JSON", e);
            status = 500;
            bytes = "{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What a request path addresses. */
    private enum Route {
        COLLECTION, ITEM, NOT_FOUND;

        static Route of(String path) {
            if (path.equals(BASE_PATH) || path.equals(BASE_PATH + "/")) {
                return COLLECTION;
            }
            if (path.startsWith(BASE_PATH + "/") && path.indexOf('/', BASE_PATH.length() + 1) < 0) {
                return ITEM;
            }
            return NOT_FOUND;
        }
    }
}
