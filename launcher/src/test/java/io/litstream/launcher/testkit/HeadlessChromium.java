package io.litstream.launcher.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven over the Chrome DevTools Protocol, with nothing but the JDK:
 * the browser is started with a fresh profile and {@code --remote-debugging-port=0}, its port read
 * from {@code DevToolsActivePort}, and one page target driven through a {@code java.net.http}
 * WebSocket ({@code Page.navigate}, {@code Runtime.evaluate}, {@code Page.captureScreenshot}).
 *
 * <p>Where no Chromium is installed the calling test is skipped, saying why; on CI ({@code CI=true})
 * it fails instead, since CI installs one (see {@code .ci/run}).
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, URI pageSocket) {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .buildAsync(pageSocket, new Listener())
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }

    /** The Chromium to use: {@code -Dlitstream.chromium=PATH}, else the usual install locations. */
    public static Optional<Path> executable() {
        String configured = System.getProperty("litstream.chromium");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts a browser, or skips the test (fails it on CI) when there is none. */
    public static HeadlessChromium launch() throws IOException, InterruptedException {
        Optional<Path> chromium = executable();
        if (chromium.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Chromium for the browser tests: apt-get install chromium"
                    + " (or set -Dlitstream.chromium=PATH)");
        }
        assumeTrue(chromium.isPresent(), "no Chromium installed (tried " + CANDIDATES + "; -Dlitstream.chromium=PATH)");
        Path profile = Files.createTempDirectory("litstream-chromium");
        Process process = new ProcessBuilder(chromium.get().toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=1400,1000", "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        try {
            int port = awaitPort(process, profile.resolve("DevToolsActivePort"), Duration.ofSeconds(60));
            return new HeadlessChromium(process, profile, pageSocket(port));
        } catch (IOException | RuntimeException | InterruptedException e) {
            stop(process);
            deleteQuietly(profile);
            throw e;
        }
    }

    private static int awaitPort(Process process, Path portFile, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).trim());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + " before it listened");
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Chromium did not write " + portFile + " within " + timeout.toSeconds() + " s");
    }

    private static URI pageSocket(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : json.readTree(list.body())) {
                if ("page".equals(target.path("type").asText()) && target.hasNonNull("webSocketDebuggerUrl")) {
                    return URI.create(target.get("webSocketDebuggerUrl").asText());
                }
            }
            Thread.sleep(200);
        }
        // No page yet: open one (Chromium wants PUT here).
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return URI.create(json.readTree(created.body()).get("webSocketDebuggerUrl").asText());
    }

    /** Sends one CDP command and waits for its result. */
    public JsonNode call(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = json.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", json.valueToTree(params));
        try {
            socket.sendText(json.writeValueAsString(message), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | IOException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Opens {@code url} in the page (returns once navigation has started; poll for content). */
    public void navigate(String url) {
        JsonNode result = call("Page.navigate", Map.of("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IllegalStateException("cannot open " + url + ": " + result.get("errorText").asText());
        }
    }

    /** Evaluates JavaScript in the page and returns its value (JSON-serialisable values only). */
    public JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * Evaluates {@code expression} every 250 ms until {@code done} accepts its value, and returns
     * that value; fails with the last value seen after {@code timeout}.
     */
    public JsonNode await(String expression, Predicate<JsonNode> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = evaluate(expression);
                if (done.test(last)) {
                    return last;
                }
            } catch (IllegalStateException e) {
                last = json.getNodeFactory().textNode(e.getMessage()); // the page is still loading
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the page did not get there within " + timeout.toSeconds() + " s; last seen: " + last);
    }

    /** A PNG of the whole page as it is now rendered. */
    public byte[] screenshot() {
        JsonNode result = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        return Base64.getDecoder().decode(result.get("data").asText());
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        } finally {
            stop(process);
            deleteQuietly(profile);
        }
    }

    private static void stop(Process process) {
        // Chromium runs helper processes (zygote, renderers): stop them with it.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temp profile left behind is harmless.
        }
    }

    /** Collects each text message (possibly in parts) and completes the command it answers. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = json.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    }
                } catch (IOException e) {
                    // Not JSON: CDP never sends that; ignore rather than kill the listener.
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }

    /** The bytes of the Chromium log, for a failure message. */
    public String log() {
        try {
            return Files.readString(profile.resolve("chromium.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
