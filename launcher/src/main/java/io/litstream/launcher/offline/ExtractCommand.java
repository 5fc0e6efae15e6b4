package io.litstream.launcher.offline;

import io.litstream.extract.ArticleExtractor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code litstream extract FILE...}: the extractor without Kafka. Each file is read and cleaned
 * exactly as ingest would, then extracted exactly as the extract stage would; one JSON object per
 * file is printed. Outside tools depend on the output's shape (see README): keep it stable.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extracts therapies, mechanisms and claims from files, offline (no Kafka), one JSON object per file:",
            "",
            "{\"source\", \"title\", \"therapies\": [{\"id\", \"name\", \"mentions\"}], \"mechanisms\": [...],",
            " \"claims\": [{\"therapy\", \"therapyName\", \"type\", \"polarity\", \"hedged\", \"evidence\", \"sentence\"}]}",
            "",
            "Files ingest would reject (empty, binary, too large ...) are reported on stderr and skipped."},
        footer = {"", "Example:", "  litstream extract --format jsonl ../shared/seeds/*.txt > out.jsonl"})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OfflineFiles.Options files;

    @Override
    public Integer call() throws Exception {
        ArticleExtractor extractor = ArticleExtractor.create();
        return OfflineFiles.print("extract", files, spec.commandLine().getOut(), spec.commandLine().getErr(),
                (file, read, reader) -> extractor.extract(read.article()));
    }
}
