package io.litstream.bench;

import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The articles a benchmark runs on: real text from a folder (read and cleaned as ingest reads it),
 * recombined into {@code count} articles of about {@code words} words, each with its own id.
 * Article {@code i} is built from its own seed when asked for, so two runs read the same articles
 * and 100,000 of them never sit in memory at once (their text would weigh more than the pipeline).
 *
 * <p>Each article is published under one of {@code sources} web hosts, as a crawl of a few dozen
 * sites would be: the summaries count supporting sources, and a source per article would make
 * every summary grow with the number of articles, which no real corpus does.
 */
public final class BenchCorpus extends AbstractList<RawArticle> {
    private final List<String> paragraphs;
    private final int count;
    private final int words;
    private final long seed;
    private final int sources;
    private final String idPrefix;

    private BenchCorpus(List<String> paragraphs, int count, int words, long seed, int sources, String idPrefix) {
        this.paragraphs = paragraphs;
        this.count = count;
        this.words = words;
        this.seed = seed;
        this.sources = sources;
        this.idPrefix = idPrefix;
    }

    /** {@code count} articles of about {@code words} words from 50 sources, ids {@code bench:0...}. */
    public static BenchCorpus build(Path folder, int count, int words, long seed) {
        return build(folder, count, words, seed, 50, "bench:");
    }

    public static BenchCorpus build(Path folder, int count, int words, long seed, int sources, String idPrefix) {
        List<String> paragraphs = paragraphs(folder);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no readable article in " + folder);
        }
        if (sources < 1) {
            throw new IllegalArgumentException("at least one source, was " + sources);
        }
        return new BenchCorpus(paragraphs, count, words, seed, sources, idPrefix);
    }

    /** The same articles under other ids: a later run's articles are new to the pipeline, not updates. */
    public BenchCorpus withIdPrefix(String prefix) {
        return new BenchCorpus(paragraphs, count, words, seed, sources, prefix);
    }

    /** The first {@code n} of these articles (all of them when there are fewer). */
    public BenchCorpus first(int n) {
        return new BenchCorpus(paragraphs, Math.min(n, count), words, seed, sources, idPrefix);
    }

    /** {@code n} articles built the same way, more or fewer than these. */
    public BenchCorpus ofSize(int n) {
        return new BenchCorpus(paragraphs, n, words, seed, sources, idPrefix);
    }

    @Override
    public RawArticle get(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(i);
        }
        Random random = new Random(seed * 1_000_003L + i);
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (n < words) {
            String p = paragraphs.get(random.nextInt(paragraphs.size()));
            text.append(p).append("\n\n");
            n += p.split("\\s+").length;
        }
        String body = text.toString().strip();
        String host = "source-" + (i % sources) + ".bench.example";
        return new RawArticle(idPrefix + i, "bench/" + i, RawArticle.SourceKind.DIRECTORY, "text",
                "Benchmark article " + i, body, "https://" + host + "/articles/" + i, null, null, null, null,
                Integer.toHexString(body.hashCode()), Instant.now());
    }

    @Override
    public int size() {
        return count;
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
}
