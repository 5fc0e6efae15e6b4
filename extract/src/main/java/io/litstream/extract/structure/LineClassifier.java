package io.litstream.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans each physical line of an article's text (markdown, inline tags, bullets, pipe tables,
 * truncated previews) and says what it is: blank, clutter, heading, list item or text. The first
 * step of {@link DocumentStructure}.
 */
final class LineClassifier {
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
    private static final Pattern BULLET = Pattern.compile("^(?:[•●▪◦‣∙·○■□➢►▶✓✔*+]|[-–—](?=\\s))\\s*(.*)$");
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:+=*_~-]*$");
    private static final Pattern INLINE_MARKUP = Pattern.compile("\\*\\*|__|</?[a-zA-Z][a-zA-Z0-9]{0,9}\\s*/?>");
    private static final Pattern TRAILING_ELLIPSIS = Pattern.compile("(?:\\.{3}|…)\\s*$");
    static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’)]?\\s+(?=[A-Z\\d\"“])");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from",
            "as", "into", "its", "it", "is", "are", "vs", "via", "your", "our", "their", "this", "these", "that",
            "how", "what", "why", "when", "who", "which", "do", "does", "can", "new");
    /** A line ending in one of these stops mid-phrase: wrapped prose, not a heading. */
    private static final Set<String> DANGLING = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
            "into", "that", "which", "who", "is", "are", "was", "were", "be", "than", "its", "their", "our");
    private static final int HEADING_MAX_WORDS = 14;
    private static final int HEADING_MAX_CHARS = 120;
    /** Hard-wrapped text: most prose lines are at most this long ... */
    private static final int WRAP_WIDTH = 100;
    /** ... and at least this long (shorter ones are headings, labels, last lines). */
    private static final int WRAP_MIN_LINE = 40;
    private static final double WRAPPED_SHARE = 0.8;
    private static final int WRAPPED_MIN_LINES = 3;

    private LineClassifier() {
    }

    enum LineKind { BLANK, CLUTTER, HEADING, LIST_ITEM, TEXT }

    /** One cleaned physical line; {@code truncated}: it ended in an ellipsis (a preview or teaser). */
    record Line(LineKind kind, String text, boolean truncated) {
        Line(LineKind kind, String text) {
            this(kind, text, false);
        }
    }

    /** Cleans each physical line (markup, pipe tables) and says what it is. */
    static List<Line> classify(String text) {
        List<Line> out = new ArrayList<>();
        String previousHeading = null;
        for (String raw : text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1)) {
            for (String cell : cells(raw)) {
                Line line = classifyLine(cell, previousHeading);
                if (line.kind() == LineKind.HEADING) {
                    previousHeading = line.text();
                }
                out.add(line);
            }
        }
        // A "heading" that the next line continues in lower case was the first line of wrapped prose.
        for (int i = 0; i + 1 < out.size(); i++) {
            Line line = out.get(i);
            Line next = out.get(i + 1);
            if (line.kind() == LineKind.HEADING && next.kind() == LineKind.TEXT && !next.text().isEmpty()
                    && Character.isLowerCase(next.text().charAt(0))) {
                out.set(i, new Line(LineKind.TEXT, line.text()));
            }
        }
        return out;
    }

    /**
     * Whether the text is hard-wrapped (lines cut at a fixed width, paragraphs separated by blank
     * lines) rather than written one paragraph per line: nearly all its prose lines are short.
     */
    static boolean hardWrapped(List<Line> lines) {
        int prose = 0;
        int narrow = 0;
        for (Line l : lines) {
            if (l.kind() == LineKind.TEXT && l.text().length() >= WRAP_MIN_LINE) {
                prose++;
                if (l.text().length() <= WRAP_WIDTH) {
                    narrow++;
                }
            }
        }
        return prose >= WRAPPED_MIN_LINES && narrow >= WRAPPED_SHARE * prose;
    }

    /**
     * A pipe-table row becomes its prose cells: label cells ("Sumario:") and short metadata cells
     * are dropped, long cells kept as paragraphs of their own.
     */
    private static List<String> cells(String raw) {
        String line = raw.replace('\u00A0', ' ').strip();
        if (line.indexOf('|') < 0 || TABLE_RULE.matcher(line).matches() && line.contains("|")) {
            return List.of(TABLE_RULE.matcher(line).matches() ? "" : line);
        }
        List<String> keep = new ArrayList<>();
        for (String cell : line.split("\\|")) {
            String c = cell.strip();
            if (c.isEmpty() || c.endsWith(":") && Boilerplate.wordCount(c) <= 5) {
                continue;
            }
            keep.add(c);
            keep.add("");
        }
        return keep.isEmpty() ? List.of("") : keep;
    }

    private static Line classifyLine(String raw, String previousHeading) {
        String line = INLINE_MARKUP.matcher(raw).replaceAll("").replaceAll("\\s+", " ").strip();
        if (line.isEmpty() || TABLE_RULE.matcher(line).matches()) {
            return new Line(LineKind.BLANK, "");
        }
        String complete = dropTruncatedTail(line);
        boolean truncated = !complete.equals(line);
        line = complete;
        if (line.isEmpty()) {
            return new Line(LineKind.CLUTTER, line);
        }
        // A newsletter or teaser heading must stay a heading: it opens the clutter section.
        if (isHeadingLike(line) && (Boilerplate.isNewsletterHeading(line) || Boilerplate.isTeaserHeading(line))) {
            return new Line(LineKind.HEADING, line);
        }
        if (Boilerplate.isClutterLine(line, previousHeading)) {
            return new Line(LineKind.CLUTTER, line);
        }
        Matcher md = MARKDOWN_HEADING.matcher(line);
        if (md.matches()) {
            return md.group(1).isBlank() ? new Line(LineKind.BLANK, "") : new Line(LineKind.HEADING, md.group(1));
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            String item = bullet.group(1).strip();
            return item.isEmpty() ? new Line(LineKind.BLANK, "") : new Line(LineKind.LIST_ITEM, item);
        }
        Matcher enumerated = ENUMERATOR.matcher(line);
        if (enumerated.matches()) {
            // "b. Effects on Sleep" is a numbered heading, "2. Take it at night." an item.
            String item = enumerated.group(1).strip();
            return new Line(isHeadingLike(item) ? LineKind.HEADING : LineKind.LIST_ITEM, item);
        }
        return new Line(isHeadingLike(line) ? LineKind.HEADING : LineKind.TEXT, line, truncated);
    }

    /**
     * A teaser or preview ends mid-sentence with an ellipsis: keep the complete sentences before
     * it, drop the fragment (a line that is only a fragment disappears).
     */
    private static String dropTruncatedTail(String line) {
        Matcher m = TRAILING_ELLIPSIS.matcher(line);
        if (!m.find()) {
            return line;
        }
        String body = line.substring(0, m.start());
        int cut = -1;
        Matcher breaks = SENTENCE_BREAK.matcher(body);
        while (breaks.find()) {
            cut = breaks.start() + 1;
        }
        return cut < 0 ? "" : body.substring(0, cut).strip();
    }

    /**
     * Short, no sentence punctuation at the end, or a title-cased line ending in ':' or '?'.
     * A lead-in such as "These results show the following:" stays a paragraph.
     */
    static boolean isHeadingLike(String line) {
        int words = Boilerplate.wordCount(line);
        if (words == 0 || words > HEADING_MAX_WORDS || line.length() > HEADING_MAX_CHARS
                || SENTENCE_BREAK.matcher(line).find()) {
            return false;
        }
        String lastWord = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (DANGLING.contains(lastWord)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ';' || last == ',' || last == '!' || last == '"' || last == '”') {
            return false;
        }
        if (last == ':' || last == '?') {
            return titleCaseRatio(line) >= 0.6;
        }
        return true;
    }

    private static double titleCaseRatio(String line) {
        int content = 0;
        int capitalised = 0;
        for (String w : line.split("[\\s/]+")) {
            String word = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (word.isEmpty() || FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
                capitalised++;
            }
        }
        return content == 0 ? 0 : (double) capitalised / content;
    }
}
