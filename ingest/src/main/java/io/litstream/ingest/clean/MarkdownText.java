package io.litstream.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips Markdown markup and keeps the words: headings lose their {@code #}, emphasis and inline
 * code lose their markers, links become their text, images and link definitions disappear, code
 * fences lose their fence lines (the code itself stays, it is content) and tables become one row
 * per line. Front matter is dropped from the text ({@code MarkdownMetadata} reads it).
 *
 * <p>This is a line-oriented approximation, not a CommonMark parser: articles written in Markdown
 * use a small, regular subset, and a full parser would add a dependency for little gain.
 */
public final class MarkdownText {
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```+|~~~+).*$");
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+(.*?))?\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_DIVIDER = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|<!--.*?-->");
    private static final Pattern INLINE_CODE = Pattern.compile("`+([^`]+?)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    // Single * or _ only at word edges, so snake_case names and 2*3 arithmetic survive.
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!|>~";
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final char PARKED = '\uE000';

    private MarkdownText() {
    }

    /** Plain text of a Markdown document, normalised like {@link PlainText#normalise(String)}. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String[] lines = stripFrontMatter(markdown.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        boolean inFence = false;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.matches() && (!inFence || line.strip().startsWith(fence))) {
                inFence = !inFence;
                fence = inFence ? f.group(1) : null;
                out.append('\n');
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            Matcher h = ATX_HEADING.matcher(line);
            if (h.matches()) {
                String heading = h.group(1) == null ? "" : inline(h.group(1));
                out.append('\n').append(heading).append("\n\n");
                continue;
            }
            if (TABLE_DIVIDER.matcher(line).matches() && !RULE.matcher(line).matches()) {
                continue; // the |---|---| line under a table header: the rows stay together
            }
            if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
                // A "---" under a text line is a setext heading underline, elsewhere a rule: both end a block.
                out.append('\n');
                continue;
            }
            if (SETEXT_UNDERLINE.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank()) {
                out.append('\n');
                continue;
            }
            String body = BLOCKQUOTE.matcher(line).replaceFirst("");
            body = LIST_MARKER.matcher(body).replaceFirst("");
            if (isTableRow(body)) {
                body = tableRow(body);
            }
            out.append(inline(body)).append('\n');
        }
        return PlainText.normalise(out.toString());
    }

    /** Removes a leading YAML ({@code ---}) or TOML ({@code +++}) front-matter block. */
    static String stripFrontMatter(String markdown) {
        for (String marker : new String[] {"---", "+++"}) {
            if (markdown.startsWith(marker + "\n")) {
                int end = markdown.indexOf("\n" + marker, marker.length());
                if (end > 0) {
                    int lineEnd = markdown.indexOf('\n', end + 1 + marker.length());
                    return lineEnd < 0 ? "" : markdown.substring(lineEnd + 1);
                }
            }
        }
        return markdown;
    }

    /** Inline markup removed from one line, e.g. a heading's text. */
    public static String inlineText(String s) {
        return inline(s);
    }

    /** Inline markup removed from one line of text. */
    static String inline(String s) {
        // Escaped characters are parked in the private-use area so no rule below mistakes them for markup.
        String r = ESCAPE.matcher(s).replaceAll(m -> String.valueOf((char) (PARKED + ESCAPABLE.indexOf(m.group(1)))));
        r = IMAGE.matcher(r).replaceAll("");
        r = INLINE_LINK.matcher(r).replaceAll("$1");
        r = REFERENCE_LINK.matcher(r).replaceAll("$1");
        r = AUTOLINK.matcher(r).replaceAll("$1");
        r = HTML_TAG.matcher(r).replaceAll("");
        r = INLINE_CODE.matcher(r).replaceAll("$1");
        r = STRONG.matcher(r).replaceAll("$2");
        r = EMPHASIS.matcher(r).replaceAll("$2");
        r = STRIKE.matcher(r).replaceAll("$1");
        StringBuilder out = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            boolean parked = c >= PARKED && c < PARKED + ESCAPABLE.length();
            out.append(parked ? ESCAPABLE.charAt(c - PARKED) : c);
        }
        return out.toString();
    }

    private static boolean isTableRow(String line) {
        String t = line.strip();
        return t.startsWith("|") && t.endsWith("|") && t.length() > 1;
    }

    private static String tableRow(String line) {
        String t = line.strip();
        String inner = t.substring(1, t.length() - 1);
        StringBuilder row = new StringBuilder();
        for (String cell : inner.split("(?<!\\\\)\\|")) {
            String c = cell.strip();
            if (!c.isEmpty()) {
                if (row.length() > 0) {
                    row.append(" | ");
                }
                row.append(c);
            }
        }
        return row.toString();
    }
}
