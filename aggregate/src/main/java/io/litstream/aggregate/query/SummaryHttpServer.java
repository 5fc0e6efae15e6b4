package io.litstream.aggregate.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.litstream.aggregate.contribution.TherapyContribution;
import io.litstream.topics.serde.Json;
import io.litstream.topics.summary.TherapySummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the therapy summaries as JSON over HTTP, on the JDK's built-in server.
 *
 * <ul>
 *   <li>{@code GET /therapies?sort=score|articles|name&minScore=0.5&evidence=CLINICAL&type=DRUG}:
 *       the summaries that pass the filters, in that order ({@link TherapyQuery}); default: all,
 *       most articles first, then by therapy id; {@code ?mesh=D007649}, {@code ?drugbank=DB01221},
 *       {@code ?chebi=CHEBI:6121} or {@code ?go=GO:...} find a therapy by an outside id</li>
 *   <li>{@code GET /therapies/{id}}: one summary (with its per-outcome table, {@code outcomes}),
 *       plus {@code claims} (every claim of every live article about it, with article id, title,
 *       URL, source and sentence, and its outcome, direction and comparator when known) and
 *       {@code articles} (the live articles mentioning it, with their design and sample size when
 *       known); 404 when unknown</li>
 *   <li>{@code GET /articles/{id}}: the latest extraction of one article; 404 when unknown or retracted</li>
 *   <li>{@code GET /contributions/{therapyId}}: what each live article says about the therapy</li>
 *   <li>{@code ?scope=local} on any of them: only what this instance holds — what instances ask
 *       each other for, so that a request is forwarded at most once</li>
 *   <li>any other method: 405; any other path: 404; a malformed parameter: 400</li>
 *   <li>503 while the data is unavailable (rebalancing, restoring, a peer unreachable)</li>
 * </ul>
 * Errors are {@code {"error": "..."}}.
 *
 * <p>A request whose target the JDK cannot parse ({@code /therapies/%ZZ}) gets the same JSON
 * 400 as any other malformed request: {@link MalformedTargetGuard} answers it in front of the
 * JDK server, which would otherwise send its own HTML page before any handler runs.
 *
 * <p>The socket is bound by the constructor and requests are served from {@link #start}, so the
 * real port is known before the Kafka Streams instance exists: with port 0 the caller can bind,
 * advertise {@code host:port} as {@code application.server}, create the streams, then start
 * serving its store. Requests are answered on the server's dispatcher thread: each one is a
 * local store read or a bounded call to a peer.
 */
public final class SummaryHttpServer implements AutoCloseable {
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The query parameter asking for this instance's local part only. */
    public static final String SCOPE_PARAM = "scope";
    public static final String SCOPE_LOCAL = "local";

    private static final Logger log = LoggerFactory.getLogger(SummaryHttpServer.class);
    private static final String THERAPIES = "/therapies";
    private static final String ARTICLES = "/articles";
    private static final String CONTRIBUTIONS = "/contributions";

    /** Longest error detail sent back. */
    private static final int MAX_ERROR_CHARS = 300;
    private final ObjectMapper mapper = Json.newMapper();
    private final HttpServer server;
    private final MalformedTargetGuard front;
    private volatile boolean started;

    /**
     * Binds {@code host:port}; port 0 picks a free one.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public SummaryHttpServer(String host, int port) {
        try {
            this.front = new MalformedTargetGuard(host, port);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot bind the summary API to " + host + ":" + port, e.getCause());
        }
        try {
            // The JDK server listens on loopback only; clients reach it through the front door.
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            front.close();
            throw new UncheckedIOException("cannot bind the summary API's loopback server", e);
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
        front.start(server.getAddress().getPort());
        started = true;
        log.info("therapy summaries served on http://{}:{}{}", host(), port(), THERAPIES);
        return this;
    }

    /** The bound port (the real one when 0 was asked for). */
    public int port() {
        return front.address().getPort();
    }

    /** The bound host address. */
    public String host() {
        return front.address().getHostString();
    }

    /** Stops at once: in-flight reads are cut off, which a read-only API can afford. */
    @Override
    public void close() {
        if (!started) {
            // The JDK server frees its port only on its dispatcher thread: one never started (a
            // start-up given up before aggregate ran) would hold the port until the JVM exits.
            server.start();
        }
        front.close();
        server.stop(0);
    }

    private void handle(SummaryStore cluster, HttpExchange exchange) throws IOException {
        try {
            exchange.getRequestBody().close();
            String path = exchange.getRequestURI().getPath();
            String rawPath = exchange.getRequestURI().getRawPath();
            Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
            SummaryStore store = SCOPE_LOCAL.equals(params.get(SCOPE_PARAM)) ? cluster.local() : cluster;
            boolean local = store != cluster;
            Optional<String> therapy = item(rawPath, THERAPIES, false);
            // Article ids are DOIs and may hold slashes: everything after /articles/ is the id.
            Optional<String> article = item(rawPath, ARTICLES, true);
            Optional<String> contributions = item(rawPath, CONTRIBUTIONS, false);
            boolean collection = path.equals(THERAPIES) || path.equals(THERAPIES + "/");
            if (!collection && therapy.isEmpty() && article.isEmpty() && contributions.isEmpty()) {
                sendError(exchange, 404, "no such resource: " + path);
            } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendError(exchange, 405, "method " + exchange.getRequestMethod() + " not allowed, use GET");
            } else if (collection) {
                TherapyQuery query = TherapyQuery.parse(params);
                send(exchange, 200, query.apply(store.all()));
            } else if (therapy.isPresent()) {
                Optional<TherapySummary> summary = store.get(therapy.get());
                if (summary.isEmpty()) {
                    sendError(exchange, 404, "no summary for therapy " + therapy.get());
                } else {
                    send(exchange, 200, local ? summary.get() : withProvenance(summary.get(),
                            store.contributions(therapy.get())));
                }
            } else if (article.isPresent()) {
                var extraction = store.article(article.get());
                if (extraction.isPresent()) {
                    send(exchange, 200, extraction.get());
                } else {
                    sendError(exchange, 404, "no live article " + article.get());
                }
            } else {
                send(exchange, 200, store.contributions(contributions.get()));
            }
        } catch (IllegalArgumentException e) {
            sendError(exchange, 400, e.getMessage());
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

    /** The summary with every live claim about it and the articles they were read in. */
    private ObjectNode withProvenance(TherapySummary summary, List<TherapyContribution> contributions) {
        ObjectNode body = mapper.valueToTree(summary);
        ArrayNode claims = body.putArray("claims");
        ArrayNode articles = body.putArray("articles");
        for (TherapyContribution c : contributions) {
            c.claims().forEach(claim -> claims.add(mapper.valueToTree(claim)));
            ObjectNode a = articles.addObject();
            a.put("articleId", c.articleId());
            putIfPresent(a, "title", c.title());
            putIfPresent(a, "url", c.url());
            putIfPresent(a, "source", c.source());
            if (c.extractedAt() != null) {
                a.put("extractedAt", c.extractedAt().toString());
            }
            if (c.design() != null) {
                a.put("design", c.design().name());
            }
            if (c.sampleSize() != null) {
                a.put("sampleSize", c.sampleSize());
            }
            a.put("claimCount", c.claims().size());
            c.mechanisms().forEach(a.withArray("mechanisms")::add);
        }
        return body;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /**
     * The id in {@code base/{id}} of the raw (still percent-encoded) path, decoded; empty when the
     * path is not of that shape. An encoded slash ({@code %2F}) is part of the id either way.
     */
    private static Optional<String> item(String rawPath, String base, boolean slashes) {
        if (!rawPath.startsWith(base + "/")) {
            return Optional.empty();
        }
        String id = rawPath.substring(base.length() + 1);
        if (id.isEmpty() || (!slashes && id.indexOf('/') >= 0)) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(id.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    private void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, Map.of("error", message == null ? "unknown error" : shortened(message)));
    }

    /** An error names what was wrong, but does not echo a 100 KB parameter back whole. */
    static String shortened(String message) {
        return message.length() <= MAX_ERROR_CHARS ? message
                : message.substring(0, MAX_ERROR_CHARS) + "… (" + message.length() + " characters in all)";
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
        if ("HEAD".equals(exchange.getRequestMethod())) {
            // What a GET would answer, without the body (monitoring probes, curl -I).
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
