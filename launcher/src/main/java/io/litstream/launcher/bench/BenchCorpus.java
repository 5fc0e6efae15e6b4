package io.litstream.launcher.bench;

import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The articles a benchmark runs on: real text from a folder (read and cleaned as ingest reads it),
 * recombined into {@code count} articles of about {@code words} words, each with its own id. A
 * fixed seed makes two runs read the same articles.
 */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    public static List<RawArticle> build(Path folder, int count, int words, long seed) {
        List<String> paragraphs = paragraphs(folder);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no readable article in " + folder);
        }
        Random random = new Random(seed);
        List<RawArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int n = 0;
            while (n < words) {
                String p = paragraphs.get(random.nextInt(paragraphs.size()));
                text.append(p).append("\n\n");
                n += p.split("\\s+").length;
            }
            articles.add(new RawArticle("bench:" + i, "bench/" + i, RawArticle.SourceKind.DIRECTORY, "text",
                    "Benchmark article " + i, text.toString().strip(), null, null, null, null, null,
                    Integer.toHexString(text.toString().hashCode()), Instant.now()));
        }
        return articles;
    }

    /** Paragraphs of real prose (at least 20 words) from every readable file in the folder. */
    public static List<String> paragraphs(Path folder) {
        ArticleReader reader = new ArticleReader();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (reader.read(f) instanceof ReadResult.Accepted a) {
                    for (String p : a.article().text().split("\\n\\s*\\n")) {
                        if (p.split("\\s+").length >= 20) {
                            out.add(p.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark corpus " + folder, e);
        }
        return out;
    }

    public static long words(List<RawArticle> articles) {
        return articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    }
}
