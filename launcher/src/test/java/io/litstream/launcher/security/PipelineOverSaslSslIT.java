package io.litstream.launcher.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.publish.IngestMetrics;
import io.litstream.launcher.LitstreamMain;
import io.litstream.launcher.config.Settings;
import io.litstream.launcher.demo.CorpusProgress;
import io.litstream.launcher.demo.SampleCorpus;
import io.litstream.launcher.pipeline.Pipeline;
import io.litstream.launcher.pipeline.StageName;
import io.litstream.launcher.testkit.CapturedLogs;
import io.litstream.launcher.testkit.SecuredKafkaBroker;
import io.litstream.launcher.testkit.SecuredKafkaBroker.ScramUser;
import io.litstream.launcher.testkit.TestCertificates;
import io.litstream.launcher.testkit.TestSettings;
import io.litstream.topics.summary.TherapySummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole pipeline against a broker that accepts nothing but SCRAM-SHA-512 over TLS with a client
 * certificate (mutual TLS), configured only through litstream's {@code kafka.*} settings; and the
 * passwords that takes never show in a log line, the settings printout, health or metrics.
 */
class PipelineOverSaslSslIT {
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path tmp;
    private static TestCertificates certificates;
    private static ScramUser pipelineUser;
    private static SecuredKafkaBroker broker;

    @BeforeAll
    static void startSecuredBroker() {
        certificates = TestCertificates.create(tmp.resolve("certs"));
        pipelineUser = ScramUser.random("litstream");
        broker = SecuredKafkaBroker.start(tmp.resolve("broker"), certificates, List.of(pipelineUser));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theSampleCorpusReachesTheSummariesAndNoSecretIsEverPrinted() throws Exception {
        Path work = tmp.resolve("work");
        Settings settings = TestSettings.pipeline(work, broker.pipelineSettings(pipelineUser));
        List<String> secrets = secrets();
        Map<String, String> shown = new TreeMap<>();
        List<TherapySummary> summaries;

        CapturedLogs logs = CapturedLogs.start();
        try (logs) {
            summaries = runCorpus(settings, shown);
            // The commands take the same settings from their command line; extract is stopped
            // now, as reprocess wants.
            shown.put("watch", command("watch", "--from-beginning", "--max-events", "1"));
            shown.put("reprocess", command("reprocess", "--dry-run"));
        }
        String logged = logs.text();

        for (String therapy : List.of("brexanolone", "ketamine", "mesenchymal", "botulinum")) {
            assertTrue(summaries.stream().anyMatch(s -> s.name().toLowerCase(Locale.ROOT).contains(therapy)),
                    therapy + " summarised over SASL_SSL: " + summaries.stream().map(TherapySummary::name).toList());
        }
        // The capture really saw the clients' configuration dumps, secrets masked by Kafka itself.
        assertTrue(logged.contains("security.protocol = SASL_SSL"), "client configs were captured");
        assertTrue(logged.contains("sasl.jaas.config = [hidden]"), "client configs were captured");
        assertTrue(shown.get("/metrics").contains("litstream_ingest_articles_published_total"), "metrics shown");
        assertTrue(shown.get("watch").lines().count() >= 2, "watch saw an event over SASL_SSL: " + shown.get("watch"));
        assertTrue(shown.get("reprocess").contains("would re-read"), shown.get("reprocess"));
        String brokerLog = Files.readString(broker.logFile());
        for (String secret : secrets) {
            assertFalse(logged.contains(secret), "a secret was logged");
            shown.forEach((path, body) -> assertFalse(body.contains(secret), "a secret was shown at " + path));
            assertFalse(settings.describe().contains(secret), "a secret in the settings printout");
            assertFalse(brokerLog.contains(secret), "a secret in the broker's log");
        }
        assertTrue(settings.describe().contains("kafka.sasl.jaas.config=****"), settings.describe());
        assertTrue(settings.describe().contains("kafka.ssl.keystore.password=****"), settings.describe());
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> props = broker.clientProperties(new ScramUser(pipelineUser.name(), "not-the-password"));
        Throwable refused = describeClusterFailure(props);
        assertInstanceOf(SaslAuthenticationException.class, refused, "refused at login: " + refused);
    }

    @Test
    void aClientWithoutACertificateIsRefused() {
        Throwable refused = describeClusterFailure(broker.clientPropertiesWithoutCertificate(pipelineUser));
        assertInstanceOf(AuthenticationException.class, refused, "refused at the TLS handshake: " + refused);
    }

    @Test
    void theRightPasswordAndCertificateAreAccepted() throws Exception {
        // The refusals above mean something only if the same settings with the right secrets work.
        try (Admin admin = Admin.create(withBootstrap(broker.clientProperties(pipelineUser)))) {
            assertFalse(admin.describeCluster().nodes().get(60, TimeUnit.SECONDS).isEmpty());
        }
    }

    /** Runs all stages over the bundled corpus until the summaries settle; collects what the servers serve. */
    private static List<TherapySummary> runCorpus(Settings settings, Map<String, String> shown) throws Exception {
        String bootstrap = broker.bootstrapServers();
        try (Pipeline pipeline = Pipeline.start(settings, bootstrap, EnumSet.allOf(StageName.class));
             CorpusProgress progress = new CorpusProgress(settings.kafkaClientProperties(bootstrap))) {
            List<Path> corpus = SampleCorpus.copyTo(TestSettings.inbox(settings.workDir()));
            IngestMetrics ingested = awaitIngestOutcomes(pipeline, corpus.size());
            assertTrue(ingested.published() >= 6, "most sample files are articles: " + ingested);
            assertTrue(progress.awaitExtracted((int) ingested.published(), STEP_TIMEOUT),
                    "every published article extracted; see " + broker.logFile());
            assertTrue(progress.awaitSummariesSettled(Duration.ofSeconds(2), STEP_TIMEOUT), "summaries settle");

            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/health/ready", "/health/live", "/metrics")) {
                shown.put(path, get(http, pipeline.opsPort(), path).body());
            }
            shown.put("/therapies", get(http, pipeline.httpPort().orElseThrow(), "/therapies").body());
            assertEquals(200, get(http, pipeline.opsPort(), "/health/ready").statusCode(), shown.get("/health/ready"));
            return pipeline.summaries().orElseThrow().all();
        }
    }

    /** Runs a litstream command in-process against the secured broker; returns its output, failing unless it exits 0. */
    private static String command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", broker.bootstrapServers(), "--work-dir", tmp.resolve("cli").toString()));
        broker.pipelineSettings(pipelineUser).forEach((k, v) -> all.addAll(List.of("--set", k + "=" + v)));
        StringWriter out = new StringWriter();
        CommandLine cli = LitstreamMain.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int code = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> cli.execute(all.toArray(String[]::new)),
                () -> args[0] + " did not finish: " + out);
        assertEquals(0, code, args[0] + " failed: " + out);
        return out.toString();
    }

    private static Throwable describeClusterFailure(Map<String, Object> props) {
        try (Admin admin = Admin.create(withBootstrap(props))) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> admin.describeCluster().nodes().get(60, TimeUnit.SECONDS));
            return e.getCause();
        }
    }

    private static Map<String, Object> withBootstrap(Map<String, Object> props) {
        Map<String, Object> all = new TreeMap<>(props);
        all.put("bootstrap.servers", broker.bootstrapServers());
        all.put("default.api.timeout.ms", 45_000);
        return all;
    }

    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(certificates.passwords());
        secrets.add(pipelineUser.password());
        return secrets;
    }

    private static IngestMetrics awaitIngestOutcomes(Pipeline pipeline, int files) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        IngestMetrics m = pipeline.ingestMetrics().orElseThrow();
        while (m.published() + m.skippedUnchanged() + m.rejectedTotal() + m.failed() < files) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("ingest did not handle all " + files + " files in time: " + m);
            }
            Thread.sleep(100);
            m = pipeline.ingestMetrics().orElseThrow();
        }
        return m;
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
