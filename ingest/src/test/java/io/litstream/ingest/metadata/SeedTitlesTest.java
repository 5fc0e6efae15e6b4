package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.litstream.ingest.SharedData;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.Json;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every shared seed reads as an article, with the title seed-gold.json gives (or none, where it gives none). */
class SeedTitlesTest {
    @Test
    void seedTitlesMatchTheGold() throws IOException {
        Path gold = SharedData.require("seed-gold.json");
        Path seeds = SharedData.require("seeds");
        ArticleReader reader = new ArticleReader();
        int checked = 0;
        for (JsonNode doc : Json.newMapper().readTree(gold.toFile()).get("documents")) {
            String file = doc.get("file").asText();
            ReadResult result = reader.read(seeds.resolve(file));
            RawArticle a = assertInstanceOf(ReadResult.Accepted.class, result, () -> file + ": " + result).article();
            String expected = doc.hasNonNull("title") ? doc.get("title").asText() : null;
            assertEquals(expected, a.title(), file);
            checked++;
        }
        assertTrue(checked >= 5, "seed-gold.json lists " + checked + " documents");
    }
}
