package io.litstream.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {
    @Test
    void withoutTheSharedDataItSaysWhereItLookedAndFails(@TempDir Path empty) {
        CommandLine cmd = new CommandLine(new TrainCommand());
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));

        int code = cmd.execute("--data", empty.resolve("nothing").toString(), "--out", empty.toString());

        assertEquals(2, code);
        assertTrue(err.toString().contains("no data folder"), err::toString);
    }

    @Test
    void helpNamesBothModels() {
        CommandLine cmd = new CommandLine(new TrainCommand());
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out));

        assertEquals(0, cmd.execute("--help"));
        assertTrue(out.toString().contains("chemical.bin") && out.toString().contains("intervention.bin"), out::toString);
    }
}
