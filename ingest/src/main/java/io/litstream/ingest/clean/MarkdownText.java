package io.litstream.ingest.clean;

import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.ArticleBlock.Type;
import java.util.ArrayList;
import java.util.List;
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
        return toCleanedText(markdown).text();
    }

    /**
     * The plain text and the typed blocks of a Markdown document: {@code #} and setext headings
     * with their level, list items (with their continuation lines), pipe tables, block quotes,
     * and paragraphs (code blocks among them: code is content).
     */
    public static CleanedText toCleanedText(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return new CleanedText("", List.of());
        }
        Blocks blocks = new Blocks();
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
                blocks.close();
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                blocks.line(Type.PARAGRAPH, line, false);
                continue;
            }
            Matcher h = ATX_HEADING.matcher(line);
            if (h.matches()) {
                String heading = h.group(1) == null ? "" : inline(h.group(1));
                out.append('\n').append(heading).append("\n\n");
                blocks.heading(headingLevel(line), heading);
                continue;
            }
            if (TABLE_DIVIDER.matcher(line).matches() && !RULE.matcher(line).matches()) {
                continue; // the |---|---| line under a table header: the rows stay together
            }
            if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
                // A "---" under a text line is a setext heading underline, elsewhere a rule: both end a block.
                out.append('\n');
                blocks.underline(line.strip().startsWith("-") && i > 0 && !lines[i - 1].isBlank() ? 2 : 0);
                continue;
            }
            if (SETEXT_UNDERLINE.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank()) {
                out.append('\n');
                blocks.underline(line.strip().startsWith("=") ? 1 : 2);
                continue;
            }
            Matcher quote = BLOCKQUOTE.matcher(line);
            boolean quoted = quote.lookingAt();
            String body = quote.replaceFirst("");
            Matcher item = LIST_MARKER.matcher(body);
            boolean listed = item.lookingAt();
            body = item.replaceFirst("");
            boolean row = isTableRow(body);
            if (row) {
                body = tableRow(body);
            }
            String text = inline(body);
            out.append(text).append('\n');
            if (text.isBlank()) {
                blocks.close();
            } else {
                blocks.line(listed ? Type.LIST_ITEM : row ? Type.TABLE : quoted ? Type.QUOTE : Type.PARAGRAPH, text, listed);
            }
        }
        return new CleanedText(PlainText.normalise(out.toString()), blocks.done());
    }

    /** Groups the document's lines into typed blocks as the loop above reads them. */
    private static final class Blocks {
        private final List<ArticleBlock> done = new ArrayList<>();
        private final StringBuilder open = new StringBuilder();
        private Type openType;

        /**
         * A line of {@code type}: it continues the open block when that is of the same type, or
         * when it is a plain line under a list item or quote (lazy continuation); a list marker
         * always starts a new item.
         */
        void line(Type type, String text, boolean startsItem) {
            boolean continues = openType != null && !startsItem
                    && (type == openType || type == Type.PARAGRAPH && (openType == Type.LIST_ITEM || openType == Type.QUOTE));
            if (!continues) {
                close();
                openType = type;
            }
            open.append(open.length() > 0 ? "\n" : "").append(text);
        }

        void heading(int level, String text) {
            close();
            if (!text.isBlank()) {
                done.add(ArticleBlock.heading(level, PlainText.normalise(text)));
            }
        }

        /** A setext underline makes the open paragraph a heading of {@code level}; 0 is a rule. */
        void underline(int level) {
            if (level > 0 && openType == Type.PARAGRAPH) {
                String text = open.toString();
                open.setLength(0);
                openType = null;
                heading(level, text);
            }
            close();
        }

        void close() {
            String text = PlainText.normalise(open.toString());
            if (openType != null && !text.isEmpty()) {
                done.add(ArticleBlock.of(openType, text));
            }
            open.setLength(0);
            openType = null;
        }

        List<ArticleBlock> done() {
            close();
            return done;
        }
    }

    /** The number of {@code #} opening an ATX heading line. */
    private static int headingLevel(String line) {
        String t = line.strip();
        int level = 0;
        while (level < t.length() && t.charAt(level) == '#') {
            level++;
        }
        return level;
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
