package io.litstream.tools.eval.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.read.ArticleReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring loop on a two-page folder laid out like WCXB's; the real run is {@code litstream eval}'s. */
class WcxbCleaningEvaluationTest {
    @Test
    void scoresEveryPageAgainstItsMainContentAndAveragesByType(@TempDir Path dir) throws IOException {
        page(dir, "0001", "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a> <a href='/b'>Blog</a></nav>"
                + "<article><p>Alpha beta gamma delta.</p></article></body></html>",
                "{\"ground_truth\": {\"main_content\": \"Alpha beta gamma delta.\"}, \"_internal\": {\"page_type\": {\"primary\": \"article\"}}}");
        page(dir, "0002", "<html><body><p>One two three four.</p></body></html>",
                "{\"ground_truth\": {\"main_content\": \"One two five six.\"}, \"_internal\": {\"page_type\": {\"primary\": \"category\"}}}");

        WcxbCleaningEvaluation.Scores scores = new WcxbCleaningEvaluation(new ArticleReader()).score(dir);
        CleaningEvaluation summary = scores.summary();

        assertEquals(2, summary.pages());
        assertEquals(1.0, summary.byPageType().get("article"), 1e-9);
        assertEquals(0.5, summary.byPageType().get("collection"), 1e-9, "category pages count as collection");
        assertEquals(0.75, summary.value(), 1e-9);
        assertEquals(WcxbCleaningEvaluation.TARGET_F1, summary.target());
        assertTrue(summary.detail().contains("2 pages"), summary.detail());
        assertEquals("0002", scores.worst(1).get(0).id());
    }

    @Test
    void runFindsThePagesFromTheDataFolderOrTheSharedFolder(@TempDir Path shared) throws IOException {
        Path wcxb = shared.resolve("data/wcxb-dev");
        page(wcxb, "0001", "<html><body><p>Alpha beta gamma delta.</p></body></html>",
                "{\"ground_truth\": {\"main_content\": \"Alpha beta gamma delta.\"}}");
        assertEquals(1.0, WcxbCleaningEvaluation.run(shared.resolve("data")).value(), 1e-9);
        assertEquals(1.0, WcxbCleaningEvaluation.run(shared).value(), 1e-9);
        assertEquals(1.0, WcxbCleaningEvaluation.run(shared).byPageType().get("article"), 1e-9, "untyped pages are articles");
    }

    private static void page(Path dir, String id, String html, String truth) throws IOException {
        gzip(dir.resolve("html/" + id + ".html.gz"), html);
        gzip(dir.resolve("ground-truth/" + id + ".json.gz"), truth);
    }

    private static void gzip(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
