package io.litstream.ingest.clean;

import io.litstream.ingest.clean.BlockTextBuilder.Segment;
import io.litstream.topics.article.ArticleBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The last pass over the cleaned text, line by line: drops lines that are widget chrome (see
 * {@link ChromeLines}) and lines that repeat an earlier line word for word. Responsive pages ship the same block
 * twice or three times (one copy per screen size, all but one hidden by CSS the cleaner cannot
 * see), carousels repeat their slides, and shop pages repeat their delivery promise; a reader sees
 * each once. Short lines ("Reply", "$20.00", a table cell) legitimately repeat and are kept.
 *
 * <p>Measured on the WCXB dev pages: dropping repeats of 20 characters or more raises word F1 from
 * 0.847 to 0.851, chrome lines add 0.0005; requiring the repeat to be adjacent, or paragraph-long,
 * gains less.
 */
final class LineFilter {
    /** Lines at least this long are sentences or headings, whose repetition is duplication. */
    static final int MIN_CHARS = 20;

    private LineFilter() {
    }

    static String filtered(String text) {
        if (text.isEmpty()) {
            return text;
        }
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingBlank = false;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (drops(line, seen)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }

    /**
     * The same filter over a cleaner's typed segments: the text is what {@link #filtered(String)}
     * gives for the segments written out, and each block keeps its segment's surviving lines.
     */
    static CleanedText filtered(List<Segment> segments) {
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder();
        List<ArticleBlock> blocks = new ArrayList<>();
        boolean pendingBlank = false;
        for (Segment segment : segments) {
            pendingBlank |= segment.separator() == BlockTextBuilder.PARAGRAPH && out.length() > 0;
            StringBuilder kept = new StringBuilder();
            for (String line : segment.text().split("\n")) {
                if (line.isEmpty() || drops(line, seen)) {
                    continue;
                }
                if (out.length() > 0) {
                    out.append(pendingBlank ? "\n\n" : "\n");
                }
                out.append(line);
                pendingBlank = false;
                kept.append(kept.length() > 0 ? "\n" : "").append(line);
            }
            if (kept.length() > 0) {
                blocks.add(new ArticleBlock(segment.kind().type(), PlainText.normalise(kept.toString()), segment.kind().level()));
            }
        }
        return new CleanedText(PlainText.normalise(out.toString()), blocks);
    }

    private static boolean drops(String line, Set<String> seen) {
        return ChromeLines.isChrome(line) || line.length() >= MIN_CHARS && !seen.add(line);
    }
}
