package io.litstream.launcher.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litstream.launcher.offline.OfflineFiles;
import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.Json;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code litstream clean FILE...}: ingest's reading and cleaning without Kafka. Each file is read
 * exactly as a watched folder's file would be, once, and one JSON object per file is printed from
 * the {@link RawArticle} ingest made of it:
 * {@code {"source", "title", "text", "published", "url", "doi", "language", "blocks"}}. Outside
 * tools depend on that shape: every key is always present, {@code null} when unknown;
 * {@code published} is an ISO date ({@code 2024-03-05}), {@code language} an ISO 639-1 code
 * ({@code en}) and {@code blocks} the typed blocks ({@code {"type", "text", "level"}}) of an HTML
 * or markdown file, {@code null} for plain text.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {
            "Cleans article files offline (no Kafka) and prints one JSON object per file:",
            "",
            "{\"source\", \"title\", \"text\", \"published\", \"url\", \"doi\", \"language\", \"blocks\"}",
            "",
            "published: ISO date (yyyy-MM-dd) or null; language: two-letter code (en, de, fr, es, it, nl, pt) or null;",
            "blocks: [{\"type\": HEADING|PARAGRAPH|LIST_ITEM|TABLE|CAPTION|QUOTE, \"text\", \"level\"}] or null (plain text).",
            "",
            "Files ingest would reject (empty, binary, too large ...) are reported on stderr and skipped."},
        footer = {"", "Example:", "  litstream clean --format jsonl page.html notes.md.gz > clean.jsonl"})
public final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OfflineFiles.Options files;

    @Override
    public Integer call() throws Exception {
        ObjectMapper mapper = Json.newMapper();
        return OfflineFiles.print("clean", files, spec.commandLine().getOut(), spec.commandLine().getErr(),
                (file, read, reader) -> toJson(mapper, read.article()));
    }

    static ObjectNode toJson(ObjectMapper mapper, RawArticle article) {
        ObjectNode json = mapper.createObjectNode();
        json.put("source", article.source());
        json.put("title", article.title());
        json.put("text", article.text());
        json.put("published", article.published() == null ? null : article.published().toString());
        json.put("url", article.url());
        json.put("doi", article.doi());
        json.put("language", article.language());
        json.set("blocks", blocks(mapper, article.blocks()));
        return json;
    }

    private static ArrayNode blocks(ObjectMapper mapper, List<ArticleBlock> blocks) {
        if (blocks == null) {
            return null;
        }
        ArrayNode array = mapper.createArrayNode();
        for (ArticleBlock b : blocks) {
            ObjectNode block = array.addObject();
            block.put("type", b.type() == null ? null : b.type().name());
            block.put("text", b.text());
            block.put("level", b.level());
        }
        return array;
    }
}
