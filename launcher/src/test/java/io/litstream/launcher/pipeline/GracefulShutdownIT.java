package io.litstream.launcher.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.launcher.LitstreamMain;
import io.litstream.launcher.testkit.KafkaTestCluster;
import io.litstream.launcher.testkit.PipelineReset;
import io.litstream.launcher.testkit.SharedKafkaCluster;
import io.litstream.topics.Topics;
import java.io.IOException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while articles are in flight: {@code litstream run} (all stages, in a child JVM) stops in
 * order within its {@code shutdown.timeout}, exits with 143 (128 + SIGTERM) and logs an orderly
 * stop; started again on the same work folder and inbox, it resumes, and every article is
 * summarised exactly once: each therapy's article count equals the articles written for it.
 */
@ExtendWith(SharedKafkaCluster.class)
class GracefulShutdownIT {
    private static final List<String> THERAPIES = List.of("ketamine", "lithium", "psilocybin", "sertraline", "bupropion");
    private static final int ARTICLES = 150;
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);
    /** 143 = 128 + SIGTERM: the JVM's exit code for a stop by signal, after the shutdown hook finished. */
    private static final int EXIT_ON_SIGTERM = 143;

    @BeforeEach
    void blankCluster(KafkaTestCluster kafka) throws Exception {
        PipelineReset.reset(kafka);
    }

    @Test
    void sigtermDrainsCommitsAndExitsWithinTheBoundAndTheNextStartSummarisesEveryArticleExactlyOnce(
            KafkaTestCluster kafka, @TempDir Path work) throws Exception {
        Path inbox = work.resolve("inbox");
        Files.createDirectories(inbox);
        int opsPort = freePort();
        int httpPort = freePort();

        Path firstLog = work.resolve("first.log");
        Process first = start(kafka, work, inbox, opsPort, httpPort, firstLog);
        Process second = null;
        try {
            awaitReady(first, opsPort);
            writeArticles(inbox, 0, ARTICLES / 2);
            long extractedBefore = awaitAtLeast(kafka, Topics.EXTRACTIONS, 1, Duration.ofMinutes(2));
            // The second half lands as the stop begins: ingest is reading, extract and aggregate hold work.
            writeArticles(inbox, ARTICLES / 2, ARTICLES);
            long signalled = System.nanoTime();
            first.destroy(); // SIGTERM
            boolean exited = first.waitFor(SHUTDOWN_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
            Duration stopTook = Duration.ofNanos(System.nanoTime() - signalled);
            assertTrue(exited, "litstream run did not exit within " + SHUTDOWN_TIMEOUT + " of SIGTERM");
            String log = Files.readString(firstLog);
            assertEquals(EXIT_ON_SIGTERM, first.exitValue(), "exit code of an orderly stop; log:\n" + tail(log));
            assertTrue(stopTook.compareTo(SHUTDOWN_TIMEOUT) < 0, "stopped within the bound, took " + stopTook);
            assertTrue(log.contains("stopping (bound"), "the stop is announced");
            assertTrue(log.contains("extract: PENDING_SHUTDOWN -> NOT_RUNNING"), "extract closed cleanly");
            assertTrue(log.contains("aggregate: PENDING_SHUTDOWN -> NOT_RUNNING"), "aggregate closed cleanly");
            assertTrue(log.contains("pipeline stopped"), "the pipeline closed in order");
            assertFalse(log.contains("halting"), "the stop finished within its bound");
            long extractedAtStop = count(kafka, Topics.EXTRACTIONS);
            System.out.printf("graceful shutdown: SIGTERM with %d of %d articles extracted (first seen %d); exited %d after %d ms%n",
                    extractedAtStop, ARTICLES, extractedBefore, first.exitValue(), stopTook.toMillis());

            second = start(kafka, work, inbox, opsPort, httpPort, work.resolve("second.log"));
            awaitReady(second, opsPort);
            Map<String, Long> expected = new TreeMap<>();
            for (int i = 0; i < ARTICLES; i++) {
                expected.merge(therapyOf(i), 1L, Long::sum);
            }
            Map<String, Long> counts = awaitArticleCounts(second, httpPort, expected, Duration.ofMinutes(3));
            assertEquals(expected, counts, "every article summarised exactly once: no loss, no double count");
            Map<String, Long> published = countByKey(kafka, Topics.RAW_ARTICLES);
            assertEquals(ARTICLES, published.size(), "every article published");
            assertTrue(published.values().stream().allMatch(n -> n == 1), "no article published twice: " + published);
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
                second.destroyForcibly();
            }
        }
    }

    private static String therapyOf(int i) {
        return THERAPIES.get(i % THERAPIES.size());
    }

    /** Articles {@code from} (inclusive) to {@code to}: each about one therapy, each with a text of its own. */
    private static void writeArticles(Path inbox, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            String therapy = therapyOf(i);
            String text = "Trial " + i + " of " + therapy + " in depression\n\n"
                    + "In randomized controlled trial number " + i + ", " + therapy + " reduced depressive symptoms in "
                    + (40 + i) + " adults compared with placebo over " + (4 + i % 9) + " weeks.\n";
            Path tmp = inbox.resolve(".article-" + i + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, inbox.resolve("article-" + i + ".txt")); // appears whole
        }
    }

    private static Process start(KafkaTestCluster kafka, Path work, Path inbox, int opsPort, int httpPort, Path log)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                LitstreamMain.class.getName(), "run",
                "--bootstrap-servers", kafka.bootstrapServers(), "--work-dir", work.toString(),
                "--inbox", inbox.toString(),
                "--set", "http.port=" + httpPort, "--set", "ops.port=" + opsPort,
                "--set", "shutdown.timeout=" + SHUTDOWN_TIMEOUT.toSeconds() + "s")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitReady(Process process, int opsPort) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "litstream run died");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + opsPort + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("litstream run did not become ready");
    }

    /** The article count of each therapy as the summaries API answers, once it equals {@code expected} or time is up. */
    private static Map<String, Long> awaitArticleCounts(Process process, int httpPort, Map<String, Long> expected,
            Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> counts = new TreeMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the restarted litstream run died");
            counts.clear();
            for (String therapy : expected.keySet()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/therapies/" + therapy)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    JsonNode summary = json.readTree(r.body());
                    counts.put(therapy, summary.get("articleCount").asLong());
                }
            }
            if (counts.equals(expected)) {
                // Stay a moment: a count that goes on rising past the expected one is a double count.
                Thread.sleep(3000);
                return awaitNoChange(http, json, httpPort, counts);
            }
            Thread.sleep(500);
        }
        return counts;
    }

    private static Map<String, Long> awaitNoChange(HttpClient http, ObjectMapper json, int httpPort, Map<String, Long> seen)
            throws Exception {
        Map<String, Long> again = new TreeMap<>();
        for (String therapy : seen.keySet()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + httpPort + "/therapies/" + therapy)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            again.put(therapy, json.readTree(r.body()).get("articleCount").asLong());
        }
        return again;
    }

    private static long awaitAtLeast(KafkaTestCluster kafka, String topic, long n, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = 0;
        while (System.nanoTime() < deadline && (seen = count(kafka, topic)) < n) {
            Thread.sleep(100);
        }
        assertTrue(seen >= n, "fewer than " + n + " records on " + topic + " in time");
        return seen;
    }

    private static long count(KafkaTestCluster kafka, String topic) {
        return countByKey(kafka, topic).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Committed records on {@code topic} per key, read to the end. */
    private static Map<String, Long> countByKey(KafkaTestCluster kafka, String topic) {
        Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Long> out = new TreeMap<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        out.merge(r.key(), 1L, Long::sum);
                    }
                }
            }
        }
        return out;
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
