package io.litstream.ingest.directory;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which files a directory source takes. Hidden files and the temporary names editors, browsers
 * and copy tools use while a file is still being written are skipped: the final name appears once
 * the file is complete, and that one is read. Every other file is taken: read when ingest reads its
 * format, dead-lettered {@code UNSUPPORTED_FORMAT} when not, so that nothing put in a watched
 * folder disappears without a trace.
 */
public final class IngestableFiles {
    private static final String[] TEMP_SUFFIXES = {".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", ".bak", "~"};

    private IngestableFiles() {
    }

    /** Whether a regular file with this name is taken (read, or dead-lettered for its format). */
    public static boolean accepts(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        if (n.startsWith(".") || n.startsWith("~$") || n.startsWith("#")) {
            return false;
        }
        String lower = n.toLowerCase(Locale.ROOT);
        for (String suffix : TEMP_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a directory below the watched root should be entered (hidden ones, such as {@code .git}, are not). */
    public static boolean entersDirectory(Path dir) {
        Path name = dir.getFileName();
        return name == null || !name.toString().startsWith(".");
    }
}
