package io.litstream.launcher.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.launcher.LitstreamMain;
import io.litstream.launcher.testkit.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    private static final Pattern F1 = Pattern.compile("(therapies|mechanisms) P=[0-9.]+ R=[0-9.]+ F1=([0-9.]+)");

    @Test
    void printsOneJsonObjectPerFileInTheDocumentedShape(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("note.txt");
        Files.writeString(article, """
                Esketamine nasal spray

                In a randomized trial, esketamine reduced depressive symptoms more than placebo within a week.
                """);
        Run run = run("extract", "--format", "jsonl", article.toString());

        assertEquals(0, run.exitCode, run.err);
        List<String> lines = run.out.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), run.out);
        JsonNode json = new ObjectMapper().readTree(lines.get(0));
        assertEquals(article.toString(), json.get("source").asText());
        assertEquals("Esketamine nasal spray", json.get("title").asText());
        JsonNode therapy = json.get("therapies").get(0);
        assertEquals("esketamine", therapy.get("id").asText());
        assertTrue(therapy.get("mentions").isArray());
        JsonNode claim = json.get("claims").get(0);
        for (String field : List.of("therapy", "therapyName", "type", "polarity", "hedged", "evidence", "sentence")) {
            assertTrue(claim.has(field), "claim has " + field + ": " + claim);
        }
        assertEquals("CLINICAL", claim.get("evidence").asText());
    }

    @Test
    void reportsFilesIngestWouldRejectOnStderrAndGoesOn(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path good = Files.writeString(dir.resolve("good.txt"), "Lithium lowered suicide risk in patients with depression.");
        Run run = run("extract", empty.toString(), good.toString());

        assertEquals(0, run.exitCode);
        assertTrue(run.err.contains("empty.txt") && run.err.contains("EMPTY_BODY"), run.err);
        assertEquals(1, run.out.lines().filter(l -> !l.isBlank()).count(), run.out);
    }

    @Test
    void seedPagesScoreAtLeast08F1OnTherapiesAndMechanismsWithTheSharedScorer(@TempDir Path dir) throws Exception {
        Path shared = SharedData.root();
        List<String> args = new ArrayList<>(List.of("extract", "--format", "jsonl"));
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            seeds.sorted().forEach(p -> args.add(p.toString()));
        }
        Run run = run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode, run.err);
        Path out = Files.writeString(dir.resolve("out.jsonl"), run.out);

        Process scorer = new ProcessBuilder("python3", shared.resolve("tools/score_extraction.py").toString(),
                shared.resolve("seed-gold.json").toString(), out.toString())
                .redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(scorer.waitFor(60, TimeUnit.SECONDS));
        System.out.println(report);
        String summary = report.lines().reduce((a, b) -> b).orElse("");
        Matcher m = F1.matcher(summary);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(Double.parseDouble(m.group(2)) >= 0.8, m.group(1) + " F1 below 0.8: " + summary);
        }
        assertEquals(2, found, "scorer summary has therapies and mechanisms: " + summary);
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LitstreamMain.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int exitCode, String out, String err) {
    }
}
