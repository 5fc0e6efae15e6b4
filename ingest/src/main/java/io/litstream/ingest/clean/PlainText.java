package io.litstream.ingest.clean;

import java.util.regex.Pattern;

/**
 * Normalises plain text into the shape every stage expects: {@code \n} line endings, no control
 * or zero-width characters, single spaces inside lines, trimmed lines, and paragraphs separated by
 * exactly one blank line. Single line breaks are kept: in plain-text sources they often carry
 * structure (list items, table rows, headings on their own line).
 */
public final class PlainText {
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u0085\u2028\u2029]");
    private static final Pattern PARAGRAPH_BREAKS = Pattern.compile("\n{3,}");

    private PlainText() {
    }

    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String unified = LINE_BREAKS.matcher(text).replaceAll("\n");
        StringBuilder out = new StringBuilder(unified.length());
        int lineStart = 0;
        while (lineStart <= unified.length()) {
            int lineEnd = unified.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = unified.length();
            }
            appendCollapsed(out, unified, lineStart, lineEnd);
            out.append('\n');
            lineStart = lineEnd + 1;
        }
        return PARAGRAPH_BREAKS.matcher(out).replaceAll("\n\n").strip();
    }

    /** Appends one line with runs of blanks collapsed to a single space, invisible characters dropped, trimmed. */
    static void appendCollapsed(StringBuilder out, CharSequence s, int start, int end) {
        int lineBegin = out.length();
        boolean pendingSpace = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                pendingSpace = out.length() > lineBegin;
            } else if (isInvisible(c)) {
                continue;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
    }

    /** Spaces of any width, tabs, and the non-breaking spaces web pages are full of. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Control characters and zero-width marks: they carry no text and break tokenisers downstream. */
    static boolean isInvisible(char c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7F && c < 0xA0)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD';
    }
}
