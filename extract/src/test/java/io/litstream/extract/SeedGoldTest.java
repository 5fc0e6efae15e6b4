package io.litstream.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.Json;
import java.io.IOException;
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

/**
 * Scores the extractor on the shared sample pages with the project's scorer, as the offline CLI
 * would be scored: one JSON line per page, the scorer's summary parsed from its last line.
 */
class SeedGoldTest {
    private static final double MIN_F1 = 0.8;
    private static final Pattern F1 = Pattern.compile("(therapies|mechanisms) P=[\\d.]+ R=[\\d.]+ F1=([\\d.]+)");

    @Test
    void theSamplePagesScoreWellAgainstTheirGold() throws Exception {
        Path shared = Path.of(System.getProperty("litstream.shared", "../../shared")).toAbsolutePath().normalize();
        Path seeds = shared.resolve("seeds");
        if (!Files.isDirectory(seeds)) {
            if (System.getenv("CI") != null) {
                fail("the shared evaluation data is missing on CI: " + seeds);
            }
            assumeTrue(false, "no shared evaluation data at " + seeds + " (it sits beside the checkout on a"
                    + " developer machine and on CI); skipping the seed score");
        }

        Path out = Path.of("target", "seed-extraction.jsonl");
        writeExtractions(seeds, out);
        String report = score(shared, out);
        System.out.println(report);

        String summary = report.strip().lines().reduce((a, b) -> b).orElse("");
        Matcher m = F1.matcher(summary);
        int found = 0;
        while (m.find()) {
            found++;
            double f1 = Double.parseDouble(m.group(2));
            assertTrue(f1 >= MIN_F1, m.group(1) + " F1 " + f1 + " below " + MIN_F1 + ": " + summary);
        }
        assertEquals(2, found, "unexpected scorer summary: " + summary);
    }

    private static void writeExtractions(Path seeds, Path out) throws IOException {
        ArticleExtractor extractor = ArticleExtractor.create();
        ObjectMapper mapper = Json.newMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                RawArticle article = new RawArticle("file:" + file.getFileName(), file.toString(),
                        RawArticle.SourceKind.DIRECTORY, "text", null, text, null, null, null, null, null, null, null);
                lines.add(mapper.writeValueAsString(extractor.extract(article)));
            }
        }
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static String score(Path shared, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", shared.resolve("tools/score_extraction.py").toString(),
                shared.resolve("seed-gold.json").toString(), out.toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the scorer did not finish");
        assertEquals(0, p.exitValue(), "the scorer failed:\n" + report);
        return report;
    }
}
