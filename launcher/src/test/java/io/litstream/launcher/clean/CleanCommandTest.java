package io.litstream.launcher.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CleanCommandTest {
    private static final List<String> CONTRACT = List.of("source", "title", "text", "published", "url", "doi", "language", "blocks");

    @Test
    void printsTheDocumentedFieldsOfAnHtmlPage(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, """
                <html lang="en-GB"><head><title>Site | Ketamine clinic study</title>
                <meta name="citation_doi" content="10.1000/xyz123">
                <meta property="article:published_time" content="2024-03-05T09:30:00Z">
                <link rel="canonical" href="https://news.example.org/2024/ketamine-clinic-study"></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
                <article><h1>Ketamine clinic study</h1>
                <p>A study of ketamine clinics found that most patients with depression who were treated there had
                tried at least three antidepressants before, and that the response rate was close to that of the trials.</p>
                </article><footer>Copyright Example News</footer></body></html>""");
        Run run = run("--format", "jsonl", page.toString());

        assertEquals(0, run.exitCode, run.err);
        JsonNode json = new ObjectMapper().readTree(run.out.strip());
        assertEquals(CONTRACT, fieldNames(json));
        assertEquals(page.toAbsolutePath().toString(), json.get("source").asText());
        assertEquals("Ketamine clinic study", json.get("title").asText());
        assertTrue(json.get("text").asText().contains("response rate was close"), json.toString());
        assertFalse(json.get("text").asText().contains("Copyright"), json.toString());
        assertEquals("2024-03-05", json.get("published").asText());
        assertEquals("https://news.example.org/2024/ketamine-clinic-study", json.get("url").asText());
        assertEquals("10.1000/xyz123", json.get("doi").asText());
        assertEquals("en", json.get("language").asText());
        JsonNode blocks = json.get("blocks");
        assertEquals("HEADING", blocks.get(0).get("type").asText(), blocks.toString());
        assertEquals("Ketamine clinic study", blocks.get(0).get("text").asText());
        assertEquals(1, blocks.get(0).get("level").asInt());
        assertEquals("PARAGRAPH", blocks.get(1).get("type").asText(), blocks.toString());
        assertTrue(blocks.get(1).get("level").isNull());
        assertTrue(blocks.get(1).get("text").asText().contains("response rate was close"));
    }

    @Test
    void unknownValuesAreNullAndTheLanguageOfPlainTextIsGuessed(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notiz.txt.gz");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(text))) {
            gz.write("""
                    Esketamin bei Depression

                    Die Studie zeigt, dass die Behandlung mit Esketamin bei Patienten, die auf andere Mittel nicht
                    ansprechen, die Symptome der Depression schneller lindern kann als ein Placebo. Die Wirkung wird
                    von den Autoren als klinisch bedeutsam beschrieben, auch wenn die Nebenwirkungen nicht selten sind.
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Run run = run(text.toString());

        assertEquals(0, run.exitCode, run.err);
        JsonNode json = new ObjectMapper().readTree(run.out.strip());
        assertEquals(CONTRACT, fieldNames(json));
        assertEquals("de", json.get("language").asText());
        assertTrue(json.get("blocks").isNull(), "plain text shows no structure");
        assertTrue(json.get("published").isNull());
        assertTrue(json.get("doi").isNull());
        assertTrue(json.get("url").isNull());
    }

    @Test
    void jsonFormatPrintsOneArrayAndRejectedFilesGoToStderr(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path good = Files.writeString(dir.resolve("good.md"), "# Lithium\n\nLithium lowered the risk of suicide in the trial.");
        Path binary = Files.write(dir.resolve("data.html"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0, 0});
        Run run = run("--format", "json", empty.toString(), good.toString(), binary.toString());

        assertEquals(0, run.exitCode, run.err);
        JsonNode array = new ObjectMapper().readTree(run.out);
        assertEquals(1, array.size(), run.out);
        assertEquals("Lithium", array.get(0).get("title").asText());
        assertTrue(run.err.contains("empty.txt") && run.err.contains("EMPTY_BODY"), run.err);
        assertTrue(run.err.contains("data.html"), run.err);
    }

    @Test
    void failsWhenNoFileCouldBeCleaned(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(1, run(empty.toString()).exitCode);
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CleanCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
