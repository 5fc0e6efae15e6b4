package io.litstream.ingest.retractions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of retracted articles' PMIDs, one per line: the first tab-separated field of each line
 * that is a PMID (digits); anything else (a header, {@code #} comments, blank lines, further
 * columns) is ignored, so the same reader takes a bare list and a TSV export.
 */
public final class RetractionList {
    private static final Pattern PMID = Pattern.compile("\\d{1,9}");

    private RetractionList() {
    }

    /** The PMIDs in {@code file}, in file order, each once. */
    public static Set<String> read(Path file) throws IOException {
        Set<String> pmids = new LinkedHashSet<>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int tab = line.indexOf('\t');
                String first = (tab < 0 ? line : line.substring(0, tab)).strip();
                if (PMID.matcher(first).matches()) {
                    pmids.add(first);
                }
            });
        }
        return pmids;
    }
}
