package io.litstream.ingest.metadata;

import java.util.Optional;
import java.util.regex.Pattern;

/** Title heuristics shared by the HTML, text and Markdown extractors. */
public final class Titles {
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:[|\u2013\u2014\u00B7:]{1,2}|-{1,2}|::|/)\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!\u2026]$|\\.\\.\\.$");
    /**
     * A sentence ending inside the line ("...a study. Then"). Short abbreviations such as "vs.",
     * "St." or "et al." do not count, nor does a question mark (titles ask questions before a subtitle).
     */
    private static final Pattern INNER_SENTENCE = Pattern.compile("[a-z]{3,}[.!]\\s+\\S");
    private static final Pattern IDENTIFIER = Pattern.compile("(?i)\\bdoi:?\\s*10\\.|\\bpmid\\b|www\\.");
    private static final int MAX_TITLE_CHARS = 250;
    /** How many leading lines may hold a plain-text title. */
    private static final int TITLE_WINDOW = 8;

    private Titles() {
    }

    /** Whitespace collapsed and trimmed; {@code null} when nothing is left. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[\\s\u00A0]+", " ").strip();
        return t.isEmpty() || t.length() > MAX_TITLE_CHARS ? null : t;
    }

    /**
     * A {@code <title>} without the site name: the part between separators such as {@code |} or
     * {@code -} that carries most words, since the site name is the short part.
     */
    static String withoutSiteName(String title, String siteName) {
        String t = clean(title);
        if (t == null) {
            return null;
        }
        if (siteName != null && !siteName.isBlank()) {
            String site = siteName.strip();
            for (String part : SITE_SEPARATOR.split(t)) {
                if (part.equalsIgnoreCase(site)) {
                    String rest = t.replace(part, "");
                    String trimmed = SITE_SEPARATOR.matcher(" " + rest + " ").replaceAll(" ").strip();
                    return trimmed.isEmpty() ? t : clean(trimmed);
                }
            }
        }
        String[] parts = SITE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String best = parts[0];
        for (String part : parts) {
            if (part.length() > best.length()) {
                best = part;
            }
        }
        return clean(best);
    }

    /**
     * The title of a plain-text document: among its first lines, up to the first line of body
     * prose (or the first line of a hard-wrapped paragraph), the longest that reads like a title (three or more words, not lower case, no sentence
     * punctuation, not a "label | value" pair). Short site labels ("Medical News") and slugs lose
     * to the real headline that way. Empty when the text starts straight with prose.
     */
    public static Optional<String> fromPlainText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String best = null;
        int seen = 0;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > TITLE_WINDOW || isProse(line) || continuesOnNextLine(lines, i)) {
                break;
            }
            if (looksLikeTitle(line) && (best == null || line.length() > best.length())) {
                best = line;
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean looksLikeTitle(String line) {
        if (line.length() < 10 || line.length() > 200 || line.contains("|") || line.contains("http")
                || IDENTIFIER.matcher(line).find()) {
            return false;
        }
        if (SENTENCE_END.matcher(line).find() || INNER_SENTENCE.matcher(line).find()) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 3 || words.length > 30) {
            return false;
        }
        char first = line.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201C';
    }

    /**
     * A hard-wrapped line of prose: a line of eight or more words that the next line goes on with,
     * in lower case. (Shorter lines before a lower-case one are labels: "Loading…".)
     */
    private static boolean continuesOnNextLine(String[] lines, int i) {
        if (i + 1 >= lines.length || lines[i].strip().split("\\s+").length < 8) {
            return false;
        }
        String next = lines[i + 1].strip();
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    /** A line of body text: long, or a full sentence. Pipe-separated lines are label rows, not prose. */
    private static boolean isProse(String line) {
        if (line.contains("|")) {
            return false;
        }
        int words = line.split("\\s+").length;
        return words > 30 || (words >= 12 && SENTENCE_END.matcher(line).find());
    }
}
