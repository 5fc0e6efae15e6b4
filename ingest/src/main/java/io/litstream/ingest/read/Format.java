package io.litstream.ingest.read;

import java.util.Locale;
import java.util.Optional;

/** The text formats ingest understands, recognised by file name (an optional {@code .gz} is looked through). */
public enum Format {
    HTML("html"),
    TEXT("text"),
    MARKDOWN("markdown");

    private final String wireName;

    Format(String wireName) {
        this.wireName = wireName;
    }

    /** The name {@code RawArticle.format} carries on the topic. */
    public String wireName() {
        return wireName;
    }

    /** The format a file name announces, or empty when ingest does not read that kind of file. */
    public static Optional<Format> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isGzipName(name)) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Optional.empty();
    }

    /** Whether the name says the file is gzip-compressed. */
    public static boolean isGzipName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
