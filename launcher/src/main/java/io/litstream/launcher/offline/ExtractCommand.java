package io.litstream.launcher.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.litstream.extract.ArticleExtractor;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.ingest.read.Rejection;
import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.serde.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code litstream extract FILE...}: the extractor without Kafka. Each file is read and cleaned
 * exactly as ingest would, then extracted exactly as the extract stage would; one JSON object per
 * file is printed. Outside tools depend on the output's shape (see README): keep it stable.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extracts therapies, mechanisms and claims from files, offline (no Kafka), one JSON object per file:",
            "{\"source\", \"title\", \"therapies\": [{\"id\", \"name\", \"mentions\"}], \"mechanisms\": [...],",
            " \"claims\": [{\"therapy\", \"therapyName\", \"type\", \"polarity\", \"hedged\", \"evidence\", \"sentence\"}]}",
            "Files ingest would reject (empty, binary, too large ...) are reported on stderr and skipped."},
        footer = {"", "Example:", "  litstream extract --format jsonl ../shared/seeds/*.txt > out.jsonl"})
public final class ExtractCommand implements Callable<Integer> {
    /** The output layouts. */
    enum Format { jsonl, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "jsonl: one object per line (default); json: a pretty-printed array.")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files: .txt .html .htm .md, optionally .gz")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = Json.newMapper();
        ArticleReader reader = new ArticleReader();
        ArticleExtractor extractor = ArticleExtractor.create();
        List<ArticleExtraction> results = new ArrayList<>();
        int rejected = 0;
        for (Path file : files) {
            ReadResult read = reader.read(file);
            if (read instanceof Rejection r) {
                err.printf("litstream extract: %s skipped: %s (%s)%n", file, r.reason(), r.detail());
                rejected++;
                continue;
            }
            ArticleExtraction extraction = extractor.extract(((ReadResult.Accepted) read).article());
            if (format == Format.jsonl) {
                out.println(mapper.writeValueAsString(extraction));
                out.flush();
            } else {
                results.add(extraction);
            }
        }
        if (format == Format.json) {
            out.println(mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        }
        out.flush();
        err.flush();
        return rejected == files.size() ? 1 : 0;
    }
}
