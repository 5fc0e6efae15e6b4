package io.litstream.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class LitstreamMainTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "run", "watch", "extract", "clean", "reprocess", "retract", "train", "eval", "bench"})
    void everyCommandExplainsItselfWithHelp(String command) {
        StringWriter out = new StringWriter();
        CommandLine cli = LitstreamMain.commandLine();
        cli.setOut(new PrintWriter(out));
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};

        assertEquals(0, cli.execute(args));
        assertTrue(out.toString().startsWith("Usage: litstream"), out.toString());
        if (!command.isEmpty()) {
            assertTrue(out.toString().contains(command), out.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "run --stages nothing"})
    void aWrongCommandLineIsAUsageError(String line) {
        StringWriter err = new StringWriter();
        CommandLine cli = LitstreamMain.commandLine();
        cli.setErr(new PrintWriter(err));

        String[] args = line.split(" ");
        assertEquals(2, cli.execute(args));
        assertTrue(err.toString().contains(args[args.length - 1]), "the error names what was wrong: " + err);
    }
}
