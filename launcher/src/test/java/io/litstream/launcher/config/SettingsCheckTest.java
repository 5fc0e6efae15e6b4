package io.litstream.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.LitstreamMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SettingsCheckTest {
    private static List<String> problems(Map<String, String> overrides) {
        return SettingsCheck.problems(Settings.load(null, Map.of(), overrides).values(), Set.of());
    }

    @Test
    void theDefaultsPass() {
        assertEquals(List.of(), problems(Map.of()));
    }

    @Test
    void aTypoInAKeyIsRefusedWithTheNearestKnownKey() {
        assertEquals(List.of("unknown setting topics.partitons (did you mean topics.partitions?)"),
                problems(Map.of("topics.partitons", "8")));
    }

    @Test
    void aKeyNothingReadsIsRefusedEvenWithoutASuggestion() {
        assertEquals(List.of("unknown setting no.such.key"), problems(Map.of("no.such.key", "1")));
    }

    @Test
    void everyBadValueIsReportedAtOnce() {
        List<String> found = problems(Map.of(
                Settings.TOPICS_PARTITIONS, "abc",
                "ingest.feed.interval", "-5m",
                Settings.HTTP_PORT, "70000",
                Settings.BOOTSTRAP_SERVERS, "kafka-1:9092,kafka-2",
                Settings.INGEST_DIRS_SETTLE, "0s"));
        assertEquals(5, found.size(), found::toString);
        assertTrue(found.contains("topics.partitions must be a whole number, was 'abc'"), found::toString);
        assertTrue(found.contains("ingest.feed.interval must be a duration such as 30s, 15m, 1h, 7d or PT15M, was '-5m'"),
                found::toString);
        assertTrue(found.contains("http.port must be between 0 and 65535, was 70000"), found::toString);
        assertTrue(found.contains("bootstrap.servers must be HOST:PORT[,HOST:PORT...], and 'kafka-2' is not"), found::toString);
        assertTrue(found.contains("ingest.dirs.settle must be positive, was 0s"), found::toString);
    }

    @Test
    void kafkaClientSettingsAndUnknownEnvironmentKeysPass() {
        Map<String, String> values = Settings.load(null, Map.of("LITSTREAM_LOG_LEVEL", "debug"),
                Map.of("kafka.security.protocol", "SASL_SSL")).values();
        assertEquals(List.of(), SettingsCheck.problems(values, Set.of("log.level")));
    }

    @Test
    void badSettingsStopTheCommandWithExitCodeTwoBeforeAnythingStarts() {
        StringWriter err = new StringWriter();
        CommandLine cli = LitstreamMain.commandLine();
        cli.setErr(new PrintWriter(err, true));
        long start = System.nanoTime();
        int code = cli.execute("run", "--work-dir", "target/never-started", "--inbox", "target/never-started/inbox",
                "--set", "topics.partitions=abc", "--set", "topics.partitons=8", "--set", "ingest.feed.interval=-5m");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, code, err::toString);
        assertTrue(err.toString().contains("did you mean topics.partitions?"), err::toString);
        assertTrue(err.toString().contains("topics.partitions must be a whole number"), err::toString);
        assertTrue(err.toString().contains("ingest.feed.interval must be"), err::toString);
        assertTrue(millis < 1_000, () -> "took " + millis + " ms");
        assertTrue(!java.nio.file.Files.exists(java.nio.file.Path.of("target/never-started")), "nothing was started or created");
    }
}
