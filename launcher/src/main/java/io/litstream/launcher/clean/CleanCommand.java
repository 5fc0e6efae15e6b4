package io.litstream.launcher.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litstream.ingest.metadata.Languages;
import io.litstream.ingest.metadata.PublishedDates;
import io.litstream.launcher.offline.OfflineFiles;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.serde.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code litstream clean FILE...}: ingest's reading and cleaning without Kafka. Each file is read
 * exactly as a watched folder's file would be, and one JSON object per file is printed:
 * {@code {"source", "title", "text", "published", "url", "doi", "language"}}. Outside tools depend
 * on that shape: every key is always present, {@code null} when unknown; {@code published} is an
 * ISO date ({@code 2024-03-05}) and {@code language} an ISO 639-1 code ({@code en}).
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {
            "Cleans article files offline (no Kafka) and prints one JSON object per file:",
            "{\"source\", \"title\", \"text\", \"published\", \"url\", \"doi\", \"language\"}",
            "published: ISO date (yyyy-MM-dd) or null; language: two-letter code (en, de, fr, es, it, nl, pt) or null.",
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
                (file, read, reader) -> toJson(mapper, file, read.article(), reader.maxBytes()));
    }

    static ObjectNode toJson(ObjectMapper mapper, Path file, RawArticle article, long maxBytes) {
        Optional<Document> page = "html".equals(article.format()) ? parse(file, maxBytes) : Optional.empty();
        // JATS and PDF state their date and language in the article itself.
        Optional<LocalDate> published = Optional.ofNullable(article.published()).or(() -> page.flatMap(PublishedDates::of));
        Optional<String> language = Optional.ofNullable(article.language()).or(() -> page.isPresent()
                ? Languages.guess(page.get(), article.text())
                : Languages.guess(article.text()));
        ObjectNode json = mapper.createObjectNode();
        json.put("source", article.source());
        json.put("title", article.title());
        json.put("text", article.text());
        json.put("published", published.map(LocalDate::toString).orElse(null));
        json.put("url", article.url());
        json.put("doi", article.doi());
        json.put("language", language.orElse(null));
        return json;
    }

    /**
     * The page parsed once more for the metadata a raw article does not carry. Reading already
     * succeeded within the size limit, so this only repeats the gunzip and lets jsoup find the charset.
     */
    private static Optional<Document> parse(Path file, long maxBytes) {
        try {
            byte[] raw = Files.readAllBytes(file);
            InputStream in = new ByteArrayInputStream(raw);
            if (raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
                in = new GZIPInputStream(in);
            }
            try (InputStream body = in) {
                byte[] html = body.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
                return Optional.of(Jsoup.parse(new ByteArrayInputStream(html), null, file.toUri().toString()));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // metadata is a bonus: the text was already read
        }
    }
}
