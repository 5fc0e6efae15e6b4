package io.litstream.tools.eval;

import io.litstream.tools.eval.score.EvalScore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.extract.ArticleExtractor;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
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

/**
 * The sample pages through exactly what {@code litstream extract} does (ingest's reader and
 * cleaner, then the extractor), scored by the shared scorer script against the shared gold.
 */
final class SeedGoldEvaluation {
    private static final Pattern F1 = Pattern.compile("(therapies|mechanisms) P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)");
    private static final Pattern CLAIMS = Pattern.compile("claims recall=([0-9.]+) attributes=([0-9.]+)");

    private SeedGoldEvaluation() {
    }

    static List<EvalScore> run(Path shared) throws IOException, InterruptedException {
        ArticleReader reader = new ArticleReader();
        ArticleExtractor extractor = ArticleExtractor.create();
        ObjectMapper json = Json.newMapper();
        StringBuilder jsonl = new StringBuilder();
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                if (reader.read(seed) instanceof ReadResult.Accepted a) {
                    jsonl.append(json.writeValueAsString(extractor.extract(a.article()))).append('\n');
                }
            }
        }
        Path out = Files.createTempFile("litstream-seed-eval", ".jsonl");
        try {
            Files.writeString(out, jsonl);
            Process scorer = new ProcessBuilder("python3", shared.resolve("tools/score_extraction.py").toString(),
                    shared.resolve("seed-gold.json").toString(), out.toString(), "--quiet")
                    .redirectErrorStream(true).start();
            String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            scorer.waitFor(60, TimeUnit.SECONDS);
            String summary = report.lines().reduce((a, b) -> b).orElse("");
            return parse(summary);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static List<EvalScore> parse(String summary) {
        List<EvalScore> rows = new ArrayList<>();
        Matcher m = F1.matcher(summary);
        while (m.find()) {
            rows.add(new EvalScore("seed gold " + m.group(1), "F1", Double.parseDouble(m.group(4)), 0.95,
                    "P=" + m.group(2) + " R=" + m.group(3)));
        }
        Matcher c = CLAIMS.matcher(summary);
        if (c.find()) {
            rows.add(new EvalScore("seed gold claims", "recall", Double.parseDouble(c.group(1)), 0.90, ""));
            rows.add(new EvalScore("seed gold claim attributes", "accuracy", Double.parseDouble(c.group(2)), 0.85,
                    "polarity, hedging, evidence of matched claims"));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("the scorer printed no summary: " + summary);
        }
        return rows;
    }
}
