package io.litstream.tools.eval.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.extract.ArticleExtractor;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The extractor on the shared sample pages ({@code seeds/*.txt}), scored against
 * {@code seed-gold.json} by the project's own scorer {@code tools/score_extraction.py}, run as
 * a subprocess so that the figures are exactly the scorer's: its last line is parsed into four
 * rows (therapies F1, mechanisms F1, claims recall, claim attributes).
 *
 * <p>The pages are read as UTF-8 text, as {@code SeedGoldTest} reads them; the CLI reads files
 * through ingest's cleaner first, which leaves these plain-text pages as they are.
 */
public final class SeedGoldEvaluation {
    public static final String TASK = "Seed gold (5 sample pages)";
    public static final double ENTITY_TARGET = 0.95;
    public static final double CLAIM_RECALL_TARGET = 0.9;
    public static final double ATTRIBUTE_TARGET = 0.85;
    private static final Pattern ENTITY = Pattern.compile("(therapies|mechanisms) P=([\\d.]+) R=([\\d.]+) F1=([\\d.]+)");
    private static final Pattern CLAIMS = Pattern.compile("claims recall=([\\d.]+) attributes=([\\d.]+)");
    private static final long SCORER_TIMEOUT_SECONDS = 120;

    private SeedGoldEvaluation() {
    }

    /** Extracts the seeds, scores them and returns the four rows; {@code shared} is {@code ../shared}. */
    public static List<EvalScore> run(Path shared) {
        try {
            Path out = Files.createTempFile("seed-extraction", ".jsonl");
            try {
                writeExtractions(shared.resolve("seeds"), out);
                return parse(score(shared, out));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("seed gold evaluation failed", e);
        }
    }

    /** The scorer's summary (its last line) as eval rows; throws when the line is not there. */
    static List<EvalScore> parse(String report) {
        String summary = report.strip().lines().reduce((a, b) -> b).orElse("");
        List<EvalScore> out = new ArrayList<>();
        Matcher e = ENTITY.matcher(summary);
        while (e.find()) {
            out.add(new EvalScore(TASK, e.group(1) + " F1", Double.parseDouble(e.group(4)), ENTITY_TARGET,
                    "P=" + e.group(2) + " R=" + e.group(3)));
        }
        Matcher c = CLAIMS.matcher(summary);
        if (out.size() != 2 || !c.find()) {
            throw new IllegalStateException("unexpected scorer summary: " + summary);
        }
        out.add(new EvalScore(TASK, "claims recall", Double.parseDouble(c.group(1)), CLAIM_RECALL_TARGET, ""));
        out.add(new EvalScore(TASK, "claim attributes", Double.parseDouble(c.group(2)), ATTRIBUTE_TARGET,
                "polarity, hedging, evidence of the matched claims"));
        return out;
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
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static String score(Path shared, Path out) throws IOException {
        Process p = new ProcessBuilder("python3", shared.resolve("tools/score_extraction.py").toString(),
                shared.resolve("seed-gold.json").toString(), out.toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(SCORER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroy();
                throw new IllegalStateException("the scorer did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("the scorer failed:\n" + report);
        }
        return report;
    }
}
