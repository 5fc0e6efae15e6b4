package io.litstream.tools.eval.cleaning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Scores the cleaner on the WCXB development pages ({@code data/wcxb-dev} of the shared folder):
 * every {@code html/*.html.gz} is read exactly as ingest reads a file, and its text is compared
 * with the {@code main_content} a person marked, by {@link WordF1}. The figure is the mean over
 * all pages, as the benchmark reports it; page types come from the ground truth's
 * {@code _internal.page_type.primary} ("category" counts as "collection"), as in the benchmark.
 * Takes about half a minute for the 1,497 pages, so it runs from {@code litstream eval}, not from
 * unit tests.
 */
public final class WcxbCleaningEvaluation {
    /** Trafilatura's 0.79 on the same pages is the best-known extractor; the project aims above it. */
    public static final double TARGET_F1 = 0.85;
    static final String NAME = "cleaning word F1 (WCXB dev)";

    private final ArticleReader reader;

    public WcxbCleaningEvaluation(ArticleReader reader) {
        this.reader = reader;
    }

    /**
     * Runs over the WCXB pages with a default reader.
     *
     * @param data the shared data folder holding {@code wcxb-dev/} (the shared folder itself, holding
     *             {@code data/wcxb-dev/}, is accepted too)
     */
    public static CleaningEvaluation run(Path data) {
        Path dir = Files.isDirectory(data.resolve("wcxb-dev")) ? data.resolve("wcxb-dev") : data.resolve("data/wcxb-dev");
        return new WcxbCleaningEvaluation(new ArticleReader()).score(dir).summary();
    }

    /** One page's score. */
    public record PageScore(String id, String pageType, WordF1 score) {
    }

    /** Every page's score, with the summary figure. */
    public record Scores(List<PageScore> pages) {
        public CleaningEvaluation summary() {
            if (pages.isEmpty()) {
                throw new IllegalStateException("no WCXB pages scored");
            }
            Map<String, Double> byType = pages.stream().collect(Collectors.groupingBy(
                    PageScore::pageType, TreeMap::new, Collectors.averagingDouble(p -> p.score().f1())));
            double f1 = mean(pages, s -> s.f1());
            String perType = byType.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
            String detail = String.format(Locale.ROOT, "%d pages, P %.3f R %.3f; %s",
                    pages.size(), mean(pages, WordF1::precision), mean(pages, WordF1::recall), perType);
            return new CleaningEvaluation(NAME, f1, TARGET_F1, pages.size(), byType, detail);
        }

        /** The {@code n} lowest-scoring pages, worst first: where to look when the figure drops. */
        public List<PageScore> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble(p -> p.score().f1())).limit(n).toList();
        }

        private static double mean(List<PageScore> pages, java.util.function.ToDoubleFunction<WordF1> f) {
            return pages.stream().mapToDouble(p -> f.applyAsDouble(p.score())).average().orElse(0);
        }
    }

    /**
     * Scores every page of a WCXB split folder (with {@code html/} and {@code ground-truth/}).
     *
     * @throws UncheckedIOException when the folder cannot be listed or a ground-truth file is unreadable
     */
    public Scores score(Path wcxbDir) {
        ObjectMapper json = Json.newMapper();
        List<PageScore> scores = new ArrayList<>();
        try (DirectoryStream<Path> html = Files.newDirectoryStream(wcxbDir.resolve("html"), "*.html.gz")) {
            List<Path> files = new ArrayList<>();
            html.forEach(files::add);
            files.sort(Comparator.naturalOrder());
            for (Path page : files) {
                String id = page.getFileName().toString().replace(".html.gz", "");
                JsonNode truth = readGzipJson(json, wcxbDir.resolve("ground-truth/" + id + ".json.gz"));
                String expected = truth.path("ground_truth").path("main_content").asText("");
                ReadResult result = reader.read(page);
                String actual = result instanceof ReadResult.Accepted a ? a.article().text() : "";
                scores.add(new PageScore(id, pageType(truth), WordF1.of(actual, expected)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WCXB pages in " + wcxbDir, e);
        }
        return new Scores(List.copyOf(scores));
    }

    static String pageType(JsonNode truth) {
        JsonNode pt = truth.path("_internal").path("page_type");
        String type = pt.isObject() ? pt.path("primary").asText("article") : pt.isTextual() ? pt.asText() : "article";
        return "category".equals(type) ? "collection" : type;
    }

    private static JsonNode readGzipJson(ObjectMapper json, Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return json.readTree(in);
        }
    }
}
