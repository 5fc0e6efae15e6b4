package io.litstream.bench;

import io.litstream.extract.ArticleExtractor;
import io.litstream.extract.lexicon.Lexicon;
import io.litstream.extract.ner.NerModels;
import io.litstream.extract.nlp.NlpModels;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.extraction.ArticleExtraction;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: how many articles of about 1,000 words {@code extract} handles per
 * second on one and on two threads, one {@link ArticleExtractor} per thread. The articles are
 * built from the paragraphs of the bundled sample corpus (HTML tags stripped crudely), rotated so
 * that no two are the same text. Prints a small table.
 *
 * <pre>java -cp ... io.litstream.bench.ExtractThroughput [corpus dir] [articles] [rounds]</pre>
 *
 * <p>Each row is measured three times: with the shipped models ({@code NerModels.shipped()}) as the
 * stream runs them, with the chemical model alone (the extractor before it found trial arms), and
 * with the lexicon alone ({@code NerModels.none()}), to show what each costs. The rounds of the
 * three alternate, so load from other processes falls on all of them alike.
 */
public final class ExtractThroughput {
    private static final int WORDS_PER_ARTICLE = 1000;
    private static final int DEFAULT_ARTICLES = 200;
    private static final int DEFAULT_ROUNDS = 3;

    /** One measured run. */
    public record Figure(int threads, int articles, long tokens, double seconds, double cpuSeconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecondPerThread() {
            return tokens / seconds / threads;
        }

        /** Articles per second of CPU time on one thread: what a core does when nobody else uses it. */
        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }
    }

    /** Which trained models the extractor runs. */
    public enum Models {
        SHIPPED("shipped"), NO_ARMS("no arms"), NONE("none");

        private final String label;

        Models(String label) {
            this.label = label;
        }

        NerModels load() {
            return switch (this) {
                case SHIPPED -> NerModels.shipped();
                case NO_ARMS -> NerModels.shipped().withoutIntervention();
                case NONE -> NerModels.none();
            };
        }
    }

    private ExtractThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "launcher/src/main/resources/sample-corpus");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ARTICLES;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_ROUNDS;
        List<RawArticle> articles = articles(paragraphs(corpus), count);
        System.out.printf(Locale.ROOT, "%d articles of ~%d words from %s%n", articles.size(), WORDS_PER_ARTICLE, corpus);
        for (Models models : Models.values()) {
            measure(articles, 1, models);   // warm-up: JIT, model loading
        }
        System.out.printf(Locale.ROOT, "load average %.1f on %d cores (wall-clock figures suffer when it is high)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("name finders  threads  articles/s  tokens/s/thread  articles/cpu-s  cpu ms/article"
                + "  (best of " + rounds + ")");
        for (int threads = 1; threads <= 2; threads++) {
            Map<Models, Figure> best = new EnumMap<>(Models.class);
            for (int r = 0; r < rounds; r++) {
                for (Models models : Models.values()) {
                    Figure f = measure(articles, threads, models);
                    best.merge(models, f, (a, b) -> a.cpuSeconds() <= b.cpuSeconds() ? a : b);
                }
            }
            for (Models models : Models.values()) {
                Figure f = best.get(models);
                System.out.printf(Locale.ROOT, "%-12s  %7d  %10.1f  %15.0f  %13.1f  %14.2f%n", models.label, threads,
                        f.articlesPerSecond(), f.tokensPerSecondPerThread(), f.articlesPerCpuSecond(),
                        1000 * f.cpuSeconds() / f.articles());
            }
        }
    }

    /**
     * Extracts every article once over {@code threads} threads, each with its own extractor.
     *
     * @param models which trained models the extractors run
     */
    public static Figure measure(List<RawArticle> articles, int threads, Models models) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                parts.add(pool.submit(() -> {
                    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                    long cpuStart = cpu.getCurrentThreadCpuTime();
                    ArticleExtractor extractor = new ArticleExtractor(NlpModels.english(), Lexicon.shared(),
                            models.load(), Clock.systemUTC());
                    long tokens = 0;
                    for (int i = offset; i < articles.size(); i += threads) {
                        ArticleExtraction x = extractor.extract(articles.get(i));
                        tokens += x.tokenCount();
                    }
                    return new long[] {tokens, cpu.getCurrentThreadCpuTime() - cpuStart};
                }));
            }
            long tokens = 0;
            long cpuNanos = 0;
            for (Future<long[]> f : parts) {
                long[] r = f.get();
                tokens += r[0];
                cpuNanos += r[1];
            }
            return new Figure(threads, articles.size(), tokens, (System.nanoTime() - start) / 1e9, cpuNanos / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** Articles of about {@value #WORDS_PER_ARTICLE} words, each starting at a different paragraph. */
    public static List<RawArticle> articles(List<String> paragraphs, int count) {
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no paragraphs to build articles from");
        }
        List<RawArticle> out = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder();
            int words = 0;
            for (int p = a * 7; words < WORDS_PER_ARTICLE; p++) {
                String para = paragraphs.get(p % paragraphs.size());
                text.append(para).append("\n\n");
                words += para.split("\\s+").length;
            }
            out.add(new RawArticle("bench:" + a, "bench", RawArticle.SourceKind.DIRECTORY, "text", "Article " + a,
                    text.toString(), null, null, null, null, null, null, null));
        }
        return out;
    }

    /** The corpus files' paragraphs (blank-line separated), tags removed, short scraps dropped. */
    public static List<String> paragraphs(Path corpus) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8)
                        .replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ")
                        .replaceAll("<(?:p|div|h\\d|li|br|section|article)\\b[^>]*>", "\n\n")
                        .replaceAll("<[^>]+>", " ");
                for (String para : text.split("\\n\\s*\\n")) {
                    String p = para.strip();
                    if (p.split("\\s+").length >= 5 && p.chars().filter(Character::isLetter).count() > p.length() / 2) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }
}
