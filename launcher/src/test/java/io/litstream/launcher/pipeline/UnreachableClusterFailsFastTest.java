package io.litstream.launcher.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.LitstreamMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Port 1 on loopback: nothing listens there, so every connection is refused at once. */
class UnreachableClusterFailsFastTest {
    private static final String NOWHERE = "127.0.0.1:1";

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run", "watch", "reprocess --dry-run", "demo --once"})
    void everyCommandFailsWithinTheBootstrapTimeoutWithOneLineNamingTheAddress(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--bootstrap-servers", NOWHERE, "--work-dir", work.toString(), "--set", "bootstrap.timeout=2s"));
        if (command.equals("run")) {
            args.addAll(List.of("--inbox", work.resolve("inbox").toString()));
        }
        StringWriter err = new StringWriter();
        CommandLine cli = LitstreamMain.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        long start = System.nanoTime();
        int code = cli.execute(args.toArray(String[]::new));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(1, code, err::toString);
        String[] lines = err.toString().strip().split("\n");
        assertEquals(1, lines.length, err::toString);
        assertTrue(lines[0].startsWith("litstream: cannot reach the Kafka cluster at " + NOWHERE + ": asked for its brokers"),
                lines[0]);
        assertFalse(lines[0].contains("null"), lines[0]);
        assertTrue(millis < 8_000, () -> command + " took " + millis + " ms with a 2 s bootstrap.timeout");
    }
}
