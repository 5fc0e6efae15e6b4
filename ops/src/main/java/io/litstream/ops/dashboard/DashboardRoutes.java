package io.litstream.ops.dashboard;

import com.sun.net.httpserver.HttpExchange;
import io.litstream.aggregate.query.StoreUnavailableException;
import io.litstream.aggregate.query.SummaryStore;
import io.litstream.ops.OpsHttpServer;
import io.litstream.topics.summary.TherapySummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's pages and API on the ops port:
 * <ul>
 *   <li>{@code /dashboard/} the overview, {@code /dashboard/therapy?id=...} one therapy;</li>
 *   <li>{@code /api/overview}: topics, stream applications, dead letters, therapy table;</li>
 *   <li>{@code /api/therapy?id=...}: one therapy's summary, claims with provenance, the per-outcome
 *       table ({@link OutcomeRow}) and change events.</li>
 * </ul>
 * The pages are static files from the class path: plain HTML, CSS and JavaScript with no build
 * step and nothing fetched from elsewhere, and a content security policy that allows only them.
 */
final class DashboardRoutes {
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> FILES = Map.of(
            "/dashboard/", "index.html",
            "/dashboard/therapy", "therapy.html",
            "/dashboard/dashboard.js", "dashboard.js",
            "/dashboard/dashboard.css", "dashboard.css");

    private final Dashboard dashboard;
    private final HtmlSafeJson json = new HtmlSafeJson();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    DashboardRoutes(Dashboard dashboard) {
        this.dashboard = dashboard;
        FILES.forEach((path, name) -> files.put(path, resource(name)));
    }

    void addTo(OpsHttpServer server) {
        server.route("/dashboard", this::page);
        server.route("/api/overview", ex -> sendJson(ex, 200, overview()));
        server.route("/api/therapy", this::therapy);
        server.route("/", ex -> {
            if (!"/".equals(ex.getRequestURI().getPath())) {
                OpsHttpServer.respond(ex, 404, "text/plain; charset=utf-8", "not found\n");
                return;
            }
            ex.getResponseHeaders().set("Location", "/dashboard/");
            OpsHttpServer.respond(ex, 302, "text/plain; charset=utf-8", "see /dashboard/\n");
        });
    }

    private void page(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if ("/dashboard".equals(path)) {
            ex.getResponseHeaders().set("Location", "/dashboard/");
            OpsHttpServer.respond(ex, 302, "text/plain; charset=utf-8", "see /dashboard/\n");
            return;
        }
        byte[] body = files.get(path);
        if (body == null) {
            OpsHttpServer.respond(ex, 404, "text/plain; charset=utf-8", "not found\n");
            return;
        }
        String query = ex.getRequestURI().getRawQuery();
        if (query != null && query.contains("token=")) {
            // The token came in the address: the cookie is set, so take it out of the address bar
            // and the browser's history.
            String rest = stripToken(query);
            ex.getResponseHeaders().set("Location", path + (rest.isEmpty() ? "" : "?" + rest));
            OpsHttpServer.respond(ex, 303, "text/plain; charset=utf-8", "signed in\n");
            return;
        }
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("X-Frame-Options", "DENY");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        OpsHttpServer.respond(ex, 200, contentType(path), body);
    }

    static String stripToken(String rawQuery) {
        return String.join("&", java.util.Arrays.stream(rawQuery.split("&"))
                .filter(p -> !p.startsWith("token=") && !p.isEmpty()).toList());
    }

    Map<String, Object> overview() {
        Map<String, Object> out = new LinkedHashMap<>();
        ClusterSampler.Snapshot snapshot = dashboard.sampler().latest();
        out.put("sampledAt", snapshot.sampledAt());
        out.put("sampleError", snapshot.error());
        out.put("topics", snapshot.topics());
        out.put("groups", snapshot.groups());
        out.put("stages", dashboard.stageStates());
        out.put("deadLetters", dashboard.deadLetters().summary());
        out.put("therapies", therapies());
        return out;
    }

    private Map<String, Object> therapies() {
        Map<String, Object> out = new LinkedHashMap<>();
        Optional<SummaryStore> store = dashboard.summaries();
        if (store.isEmpty()) {
            out.put("available", false);
            out.put("why", "this process does not run the aggregate stage");
            return out;
        }
        try {
            List<TherapyRow> rows = store.get().all().stream()
                    .sorted(Comparator.comparing((TherapySummary s) -> s.score() == null ? 0.0 : s.score()).reversed()
                            .thenComparing(Comparator.comparingLong(TherapySummary::articleCount).reversed())
                            .thenComparing(TherapySummary::therapyId))
                    .map(TherapyRow::of).toList();
            out.put("available", true);
            out.put("rows", rows);
        } catch (StoreUnavailableException e) {
            out.put("available", false);
            out.put("why", "summaries unavailable for now: " + e.getMessage());
        }
        return out;
    }

    private void therapy(HttpExchange ex) throws IOException {
        String id = queryParam(ex.getRequestURI().getRawQuery(), "id");
        Optional<SummaryStore> store = dashboard.summaries();
        if (id == null || id.isBlank()) {
            sendJson(ex, 400, Map.of("error", "give the therapy as ?id=..."));
            return;
        }
        if (store.isEmpty()) {
            sendJson(ex, 503, Map.of("error", "this process does not run the aggregate stage"));
            return;
        }
        Optional<TherapySummary> summary;
        try {
            summary = store.get().get(id);
        } catch (StoreUnavailableException e) {
            sendJson(ex, 503, Map.of("error", "summaries unavailable for now: " + e.getMessage()));
            return;
        }
        if (summary.isEmpty()) {
            sendJson(ex, 404, Map.of("error", "no live article mentions " + id));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("row", TherapyRow.of(summary.get()));
        out.put("summary", summary.get());
        out.put("outcomes", OutcomeRow.of(summary.get()));
        out.put("events", dashboard.events().of(id));
        sendJson(ex, 200, out);
    }

    private void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        OpsHttpServer.respond(ex, status, "application/json; charset=utf-8", json.write(body));
    }

    static String queryParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String contentType(String path) {
        if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/html; charset=utf-8";
    }

    private static byte[] resource(String name) {
        try (InputStream in = DashboardRoutes.class.getResourceAsStream("/dashboard/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard's " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
