package io.litstream.launcher.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.ingest.read.Rejection;
import io.litstream.topics.serde.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the offline commands share: read each file exactly as ingest reads a watched folder's file,
 * turn it into one JSON value, print one per line (jsonl) or a pretty array (json). Files ingest
 * would reject are reported on stderr and skipped.
 */
public final class OfflineFiles {
    /** The output layouts. */
    public enum Format { jsonl, json }

    /** The options every offline command takes: the files, and how to print them. */
    public static final class Options {
        @picocli.CommandLine.Option(names = "--format", defaultValue = "jsonl",
                description = "jsonl: one object per line (default); json: a pretty-printed array.")
        Format format;

        @picocli.CommandLine.Parameters(arity = "1..*", paramLabel = "FILE",
                description = "Article files: .txt .html .htm .md, JATS .xml .nxml, PubMed .xml, .pdf; optionally .gz")
        List<Path> files;
    }

    /** Turns one accepted file into the JSON value to print. */
    @FunctionalInterface
    public interface ToJson {
        Object apply(Path file, ReadResult.Accepted read, ArticleReader reader) throws IOException;
    }

    private OfflineFiles() {
    }

    /** @return 1 when no file could be read (nothing printed), else 0 */
    public static int print(String command, Options options, PrintWriter out, PrintWriter err, ToJson toJson)
            throws IOException {
        List<Path> files = options.files;
        Format format = options.format;
        ObjectMapper mapper = Json.newMapper();
        ArticleReader reader = new ArticleReader();
        List<Object> all = new ArrayList<>();
        int rejected = 0;
        for (Path file : files) {
            ReadResult read = reader.read(file);
            if (read instanceof Rejection r) {
                err.printf("litstream %s: %s skipped: %s (%s)%n", command, file, r.reason(), r.detail());
                rejected++;
                continue;
            }
            Object json = toJson.apply(file, (ReadResult.Accepted) read, reader);
            if (format == Format.jsonl) {
                out.println(mapper.writeValueAsString(json));
                out.flush();
            } else {
                all.add(json);
            }
        }
        if (format == Format.json) {
            out.println(mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
        }
        out.flush();
        err.flush();
        return rejected == files.size() ? 1 : 0;
    }
}
