package io.litstream.launcher.testkit;

import io.litstream.launcher.LitstreamMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stages of the pipeline ({@code litstream run --stages ...}) in a child JVM of their own, as they
 * run in production, so that a test can stop them gracefully (SIGTERM), kill them (SIGKILL) and
 * start them again on the same work folder. Each start appends to {@code <name>.log} in the work
 * folder.
 */
public final class StageProcess implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final List<String> command;
    private final Path log;
    private Process process;
    private int opsPort;

    private StageProcess(String name, List<String> command, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.log = log;
    }

    /**
     * Describes (does not start) the stages {@code stages} (e.g. "extract") against
     * {@code bootstrapServers}, with {@code work} as work folder and {@code settings} as
     * {@code --set} values; the HTTP ports are chosen at each start.
     */
    public static StageProcess of(String stages, String bootstrapServers, Path work, Map<String, String> settings) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                LitstreamMain.class.getName(), "run", "--stages", stages,
                "--bootstrap-servers", bootstrapServers, "--work-dir", work.toString(),
                "--set", "http.port=0"));
        settings.forEach((k, v) -> {
            command.add("--set");
            command.add(k + "=" + v);
        });
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StageProcess(stages, command, work.resolve(stages.replace(',', '-') + ".log"));
    }

    /** Starts the JVM and waits until its stages report ready on {@code /health/ready}. */
    public StageProcess start() throws IOException, InterruptedException {
        launch();
        awaitReady();
        return this;
    }

    /** Starts the JVM without waiting for it; {@link #awaitReady()} waits. */
    public void launch() throws IOException {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        opsPort = freePort();
        List<String> withPort = new ArrayList<>(command);
        withPort.add("--set");
        withPort.add("ops.port=" + opsPort);
        process = new ProcessBuilder(withPort)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM: the stages close in order (ingest flushes, Streams commits) before the JVM exits. */
    public void stop() throws InterruptedException {
        if (!isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(name + " did not stop within " + STOP_TIMEOUT.toSeconds() + "s of SIGTERM; see " + log);
        }
    }

    /** SIGKILL: no shutdown hook, no commit, no leaving the group; waits until the process is gone. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    public Path log() {
        return log;
    }

    /** Stops the stages if they still run; kills them if they do not stop in time. */
    @Override
    public void close() {
        if (!isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Waits until the stages report ready on {@code /health/ready}; fails if the JVM exits first. */
    public void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + opsPort + "/health/ready"))
                                .timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " did not become ready within " + READY_TIMEOUT.toSeconds() + "s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
