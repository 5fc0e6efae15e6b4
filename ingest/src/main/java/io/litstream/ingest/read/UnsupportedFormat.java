package io.litstream.ingest.read;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names the type of a file ingest does not read, for the {@code UNSUPPORTED_FORMAT} dead letter: a
 * person looking at the dead letters should see at once that the Word document was refused for
 * its type (and can convert it), not wonder whether it was ever seen.
 */
final class UnsupportedFormat {
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("doc", "Word document"), Map.entry("docx", "Word document"), Map.entry("odt", "OpenDocument text"),
            Map.entry("rtf", "RTF document"), Map.entry("pages", "Pages document"), Map.entry("epub", "e-book"),
            Map.entry("pdf", "PDF"), Map.entry("xml", "XML document"), Map.entry("nxml", "XML document"),
            Map.entry("json", "JSON file"), Map.entry("csv", "spreadsheet"), Map.entry("xls", "spreadsheet"),
            Map.entry("xlsx", "spreadsheet"), Map.entry("ods", "spreadsheet"), Map.entry("ppt", "presentation"),
            Map.entry("pptx", "presentation"), Map.entry("png", "image"), Map.entry("jpg", "image"),
            Map.entry("jpeg", "image"), Map.entry("gif", "image"), Map.entry("webp", "image"), Map.entry("tif", "image"),
            Map.entry("tiff", "image"), Map.entry("bmp", "image"), Map.entry("svg", "image"), Map.entry("heic", "image"),
            Map.entry("zip", "archive"), Map.entry("tar", "archive"), Map.entry("tgz", "archive"), Map.entry("7z", "archive"),
            Map.entry("rar", "archive"), Map.entry("mp3", "audio file"), Map.entry("wav", "audio file"),
            Map.entry("mp4", "video"), Map.entry("mov", "video"), Map.entry("exe", "program"));
    private static final String READ = ".txt, .md, .markdown, .html and .htm, each optionally .gz";

    private UnsupportedFormat() {
    }

    /** Why a file of this name is not read, or empty when its format is one ingest reads. */
    static Optional<String> whyNotRead(String fileName) {
        if (Format.ofFileName(fileName).isPresent()) {
            return Optional.empty();
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (Format.isGzipName(name)) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.of("a file without an extension is not read (ingest reads " + READ + ")");
        }
        String extension = name.substring(dot + 1);
        String kind = KINDS.getOrDefault(extension, "file of an unknown type");
        return Optional.of("." + extension + " (" + kind + ") is not a format ingest reads (it reads " + READ + ")");
    }
}
