package io.litstream.ingest.urls;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain list of page URLs: one per line; blank lines and lines starting with {@code #} are
 * skipped, as is anything after {@code " #"} on a line.
 */
public final class UrlList {
    /** A line that is not an absolute http(s) URL, with its line number. */
    public record BadLine(int lineNumber, String text) {
    }

    /** The URLs of a list, and the lines that were not URLs. */
    public record Parsed(List<URI> urls, List<BadLine> bad) {
    }

    private UrlList() {
    }

    public static Parsed parse(String content) {
        List<URI> urls = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        String[] lines = content.split("\\r\\n|\\r|\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf(" #");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                URI uri = new URI(line);
                String scheme = uri.getScheme();
                if (uri.isAbsolute() && uri.getHost() != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                    urls.add(uri);
                    continue;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            bad.add(new BadLine(i + 1, line));
        }
        return new Parsed(List.copyOf(urls), List.copyOf(bad));
    }
}
