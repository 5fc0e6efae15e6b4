package io.litstream.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.LitstreamMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code litstream demo --once} exactly as a newcomer runs it: its own embedded broker, the bundled corpus. */
class DemoCommandIT {

    @Test
    void demoOncePrintsSummariesOfTheBundledCorpusAndExitsZero(@TempDir Path tmp) {
        Path work = tmp.resolve("demo");
        StringWriter out = new StringWriter();
        CommandLine cli = LitstreamMain.commandLine();
        cli.setOut(new PrintWriter(out));

        int code = cli.execute("demo", "--once", "--work-dir", work.toString());

        String table = out.toString();
        assertEquals(0, code, table);
        for (String therapy : new String[] {"brexanolone", "ketamine", "mesenchymal stem cells", "botulinum toxin"}) {
            assertTrue(table.lines().anyMatch(l -> l.toLowerCase().startsWith(therapy)), therapy + " missing from:\n" + table);
        }
        assertTrue(table.contains("2 dead-lettered"), "the two broken sample files are dead letters:\n" + table);
        assertTrue(table.lines().noneMatch(l -> l.startsWith("dashboard: http") || l.startsWith("summaries API: http")),
                "with --once the demo prints no address of a server that stops with it:\n" + table);
        assertTrue(table.contains("run it without --once to browse them"), table);
        assertTrue(Files.exists(work.resolve(".litstream-demo")), "the demo marks the folder it owns");
    }

    @Test
    void demoRefusesToWipeAFolderItDidNotMake(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("precious.txt"), "keep me");
        StringWriter err = new StringWriter();
        CommandLine cli = LitstreamMain.commandLine();
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("demo", "--once", "--work-dir", tmp.toString());

        assertEquals(1, code);
        assertTrue(Files.exists(tmp.resolve("precious.txt")));
        assertTrue(err.toString().contains("not made by litstream demo"), err.toString());
    }
}
