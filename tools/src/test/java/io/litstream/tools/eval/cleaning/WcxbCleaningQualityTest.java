package io.litstream.tools.eval.cleaning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.ingest.SharedData;
 import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Cleaning quality on real pages: bag-of-words F1 of the cleaned text against the main content a
 * person marked, as the WCXB benchmark scores it, over the first article pages of its dev split
 * (read from the shared folder, never copied here). Published dev-split F1 over all page types
 * is 0.79 for Trafilatura; article pages are the easy kind, so the bar here is higher (this cleaner
 * scored 0.935 on these pages when the bar was set).
 */
class WcxbCleaningQualityTest {
    private static final int PAGES = 60;
    private static final double MIN_MEAN_F1 = 0.88;

    @Test
    void articlePagesCleanToTheirMainContent() throws IOException {
        Path base = SharedData.require("data/wcxb-dev");
        ObjectMapper json = Json.newMapper();
        JsonNode files = json.readTree(base.resolve("metadata.json").toFile()).get("files");
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = files.fieldNames(); it.hasNext() && ids.size() < PAGES; ) {
            String id = it.next();
            JsonNode f = files.get(id);
            if ("dev".equals(f.path("split").asText()) && "article".equals(f.path("page_type").asText())
                    && Files.exists(base.resolve("html/" + id + ".html.gz"))) {
                ids.add(id);
            }
        }
        ArticleReader reader = new ArticleReader();
        double sum = 0;
        StringBuilder worst = new StringBuilder();
        for (String id : ids) {
            JsonNode truth;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(base.resolve("ground-truth/" + id + ".json.gz")))) {
                truth = json.readTree(in);
            }
            String expected = truth.path("ground_truth").path("main_content").asText("");
            ReadResult result = reader.read(base.resolve("html/" + id + ".html.gz"));
            String actual = result instanceof ReadResult.Accepted a ? a.article().text() : "";
            double f1 = f1(actual, expected);
            sum += f1;
            if (f1 < 0.5) {
                worst.append(String.format(Locale.ROOT, " %s=%.2f", id, f1));
            }
        }
        double mean = sum / ids.size();
        assertTrue(ids.size() >= PAGES / 2, "too few article pages found: " + ids.size());
        assertTrue(mean >= MIN_MEAN_F1, String.format(Locale.ROOT, "mean word F1 %.3f over %d pages; weakest:%s", mean, ids.size(), worst));
    }

    private static double f1(String predicted, String reference) {
        return WordF1.of(predicted, reference).f1();
    }
}
