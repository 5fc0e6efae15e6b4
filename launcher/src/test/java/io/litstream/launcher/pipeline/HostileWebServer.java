package io.litstream.launcher.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The network side of the hostile corpus, on the loopback interface only: the corpus feed listing
 * every {@code page} case, each page's body or behaviour (redirect loop, a body that never ends, a
 * large body of unannounced size), each {@code feed} case's document, and a Europe PMC search
 * answering with one open-access record per {@code europepmc} case, whose full text is the case's
 * input. Every behaviour ends by
 * itself: a never-ending body stops after {@link #TRICKLE_LIMIT}, and {@link #close()} stops all.
 */
final class HostileWebServer implements AutoCloseable {
    private static final Duration TRICKLE_LIMIT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-web");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, HostileCorpus.Case> pages = new LinkedHashMap<>();
    private final Map<String, HostileCorpus.Case> feeds = new LinkedHashMap<>();
    /** The {@code europepmc} cases by the PMC id of their record. */
    private final Map<String, HostileCorpus.Case> europePmc = new LinkedHashMap<>();
    private final int closedPort;
    private volatile boolean closed;

    HostileWebServer(List<HostileCorpus.Case> cases) throws IOException {
        for (HostileCorpus.Case c : cases) {
            if (c.via() == HostileCorpus.Via.PAGE) {
                pages.put(c.name(), c);
            } else if (c.via() == HostileCorpus.Via.FEED) {
                feeds.put(c.name(), c);
            } else if (c.via() == HostileCorpus.Via.EUROPEPMC) {
                europePmc.put("PMC" + (9980001 + europePmc.size()), c);
            }
        }
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort(); // nothing listens here once the probe is closed
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String corpusFeedUrl() {
        return base() + "/feeds/corpus.xml";
    }

    /** Where a page case is fetched from, which is also the source its dead letter or article names. */
    String pageUrl(HostileCorpus.Case c) {
        if (c.input().equals("url:closed-port")) {
            return "http://127.0.0.1:" + closedPort + "/article.html";
        }
        if (c.input().startsWith("url:")) {
            return c.input().substring("url:".length());
        }
        return base() + "/pages/" + c.name();
    }

    /** Where a feed case is polled from. */
    String feedUrl(HostileCorpus.Case c) {
        return c.input().startsWith("url:") ? c.input().substring("url:".length()) : base() + "/feeds/" + c.name();
    }

    /** The Europe PMC REST root this server answers under. */
    String europePmcBaseUrl() {
        return base() + "/europepmc/";
    }

    /** Where a {@code europepmc} case's outcome names it: the record's page for an article, the full text's URL for a dead letter. */
    String europePmcSource(HostileCorpus.Case c) {
        String pmcid = europePmc.entrySet().stream().filter(e -> e.getValue() == c).findFirst().orElseThrow().getKey();
        return c.expected() instanceof HostileCorpus.Article ? "https://europepmc.org/article/PMC/" + pmcid
                : europePmcBaseUrl() + pmcid + "/fullTextXML";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/feeds/corpus.xml")) {
                send(exchange, 200, "application/rss+xml", corpusFeed());
            } else if (path.startsWith("/feeds/") && feeds.containsKey(path.substring("/feeds/".length()))) {
                send(exchange, 200, "application/rss+xml", HostileCorpus.body(feeds.get(path.substring("/feeds/".length())).input()));
            } else if (path.equals("/europepmc/search")) {
                send(exchange, 200, "application/json", europePmcSearch());
            } else if (path.startsWith("/europepmc/") && path.endsWith("/fullTextXML")
                    && europePmc.containsKey(path.substring("/europepmc/".length(), path.length() - "/fullTextXML".length()))) {
                HostileCorpus.Case c = europePmc.get(path.substring("/europepmc/".length(), path.length() - "/fullTextXML".length()));
                send(exchange, 200, "application/xml", HostileCorpus.body(c.input()));
            } else if (path.startsWith("/pages/")) {
                page(exchange, path.substring("/pages/".length()));
            } else {
                send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException clientGaveUp) {
            // The fetcher cancels bodies that are too large or too slow: that is the point of those cases.
        }
    }

    private void page(HttpExchange exchange, String rest) throws IOException {
        boolean next = rest.endsWith("/next");
        HostileCorpus.Case c = pages.get(next ? rest.substring(0, rest.length() - "/next".length()) : rest);
        if (c == null) {
            send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        String input = c.input();
        if (input.equals("serve:redirect-loop")) {
            exchange.getResponseHeaders().add("Location", "/pages/" + c.name() + (next ? "" : "/next"));
            exchange.sendResponseHeaders(302, -1);
        } else if (input.equals("serve:trickle")) {
            trickle(exchange);
        } else if (input.startsWith("serve:large-chunked:")) {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not announced
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(HostileCorpus.largePage(Integer.parseInt(input.substring("serve:large-chunked:".length()))));
            }
        } else {
            send(exchange, 200, contentType(c.extension()), HostileCorpus.body(input));
        }
    }

    /** Status and headers at once, then a byte every half second until the client leaves or the limit passes. */
    private void trickle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        long end = System.nanoTime() + TRICKLE_LIMIT.toNanos();
        while (!closed && System.nanoTime() < end) {
            out.write('.');
            out.flush();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private byte[] corpusFeed() {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Hostile corpus</title><link>" + base() + "/</link>"
                + "<description>every page case</description>\n");
        // Feeds list the newest first and intake takes the oldest first: list in reverse to take in manifest order.
        List<HostileCorpus.Case> inOrder = List.copyOf(pages.values());
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            HostileCorpus.Case c = inOrder.get(i);
            rss.append("<item><title>").append(c.name()).append("</title><guid>corpus-").append(c.name())
                    .append("</guid><link>").append(pageUrl(c)).append("</link></item>\n");
        }
        return rss.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One page holding every {@code europepmc} case's record; its cursor is the first page's, so the poll ends there. */
    private byte[] europePmcSearch() {
        ArrayNode results = JSON.createArrayNode();
        europePmc.forEach((pmcid, c) -> {
            ObjectNode r = results.addObject().put("id", pmcid).put("source", "PMC").put("pmcid", pmcid)
                    .put("isOpenAccess", "Y");
            HostileCorpus.recordAbstract(c).ifPresent(t -> r.put("title", t[0]).put("abstractText", t.length > 1 ? t[1] : ""));
        });
        ObjectNode answer = JSON.createObjectNode().put("nextCursorMark", "*");
        answer.putObject("resultList").set("result", results);
        return answer.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String contentType(String extension) {
        return switch (extension) {
            case "html" -> "text/html";
            case "md" -> "text/markdown";
            default -> "text/plain";
        };
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
