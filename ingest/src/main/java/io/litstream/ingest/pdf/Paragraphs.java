package io.litstream.ingest.pdf;

import io.litstream.topics.article.ArticleBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins lines in reading order into paragraphs and headings. A paragraph ends where the next
 * line is set in another size, starts after a wider gap than the line spacing, is indented,
 * or follows a line that stops well short of its column's edge; it goes on across a column or
 * page break. Lines set clearly larger than the body text are headings. A word hyphenated at a
 * line end is joined, unless the document writes the same word with its hyphen mid-line
 * ("well-known"), which says the hyphen is the word's own.
 */
final class Paragraphs {
    /** Sizes within this factor of each other are one size. */
    private static final float SAME_SIZE = 1.12f;
    /** A heading is set at least this much larger than the body. */
    private static final float HEADING_SIZE = 1.15f;
    /** A baseline step wider than this share of the font size leaves a blank between paragraphs. */
    private static final float PARAGRAPH_GAP = 1.65f;
    /** A line this many font sizes short of its column's right edge ends its paragraph. */
    private static final float SHORT_LINE = 4f;
    /** A first line indented by this many font sizes starts a paragraph. */
    private static final float INDENT = 0.8f;

    private final float bodySize;
    private final Set<String> hyphenatedWords;
    private final Set<String> words;
    private final List<ArticleBlock> blocks = new ArrayList<>();
    /** The first page's headings with their sizes, largest first is the title. */
    private final List<SizedText> firstPageHeadings = new ArrayList<>();

    record SizedText(String text, float size) {
    }

    private Paragraphs(float bodySize, Set<String> words, Set<String> hyphenatedWords) {
        this.bodySize = bodySize;
        this.words = words;
        this.hyphenatedWords = hyphenatedWords;
    }

    /** The blocks of a document whose pages hold these lines in reading order. */
    static Paragraphs of(List<List<TextLine>> pages) {
        Set<String> words = new HashSet<>();
        Set<String> hyphenated = new HashSet<>();
        Map<Float, Integer> sizes = new HashMap<>();
        for (List<TextLine> page : pages) {
            for (TextLine line : page) {
                sizes.merge(Math.round(line.fontSize() * 2) / 2f, line.text().length(), Integer::sum);
                String[] tokens = line.text().toLowerCase(Locale.ROOT).split(" ");
                for (int i = 0; i < tokens.length; i++) {
                    String token = stripPunctuation(tokens[i]);
                    // The last token may be hyphenated by the line break itself: only mid-line ones count.
                    if (i < tokens.length - 1 && token.indexOf('-') > 0) {
                        hyphenated.add(token);
                    }
                    words.add(token);
                }
            }
        }
        float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
        Paragraphs p = new Paragraphs(body, words, hyphenated);
        p.read(pages);
        return p;
    }

    List<ArticleBlock> blocks() {
        return List.copyOf(blocks);
    }

    /** The first page's largest heading: where a PDF without metadata keeps its title. */
    String firstPageTitle() {
        SizedText best = null;
        for (SizedText h : firstPageHeadings) {
            if (best == null || h.size() > best.size() * 1.01f) {
                best = h;
            }
        }
        return best == null ? null : best.text();
    }

    private void read(List<List<TextLine>> pages) {
        StringBuilder text = new StringBuilder();
        TextLine previous = null;
        float paragraphSize = 0;
        int paragraphPage = 0;
        for (int pageIndex = 0; pageIndex < pages.size(); pageIndex++) {
            List<TextLine> page = pages.get(pageIndex);
            for (int i = 0; i < page.size(); i++) {
                TextLine line = page.get(i);
                if (previous != null && startsNew(previous, line, i > 0, page, i)) {
                    flush(text, paragraphSize, paragraphPage == 0);
                }
                if (text.length() == 0) {
                    paragraphSize = line.fontSize();
                    paragraphPage = pageIndex;
                    text.append(line.text());
                } else {
                    append(text, line.text());
                }
                previous = line;
            }
            // A heading never runs on to the next page; a paragraph may.
            if (isHeading(paragraphSize)) {
                flush(text, paragraphSize, paragraphPage == 0);
            }
        }
        flush(text, paragraphSize, paragraphPage == 0);
    }

    private boolean startsNew(TextLine previous, TextLine line, boolean samePage, List<TextLine> page, int index) {
        if (!sameSize(previous.fontSize(), line.fontSize())) {
            return true;
        }
        if (!samePage) {
            return false;
        }
        float step = line.baseline() - previous.baseline();
        boolean below = step > 0 && Math.abs(line.x0() - previous.x0()) < 3 * line.fontSize();
        if (!below) {
            // A column break: the paragraph goes on at the top of the next column.
            return false;
        }
        if (step > PARAGRAPH_GAP * line.fontSize()) {
            return true;
        }
        if (line.x0() - previous.x0() > INDENT * line.fontSize()) {
            return true;
        }
        float columnRight = columnRight(page, index, previous);
        return columnRight - previous.x1() > SHORT_LINE * line.fontSize() && endsSentence(previous.text());
    }

    /** The right edge of the lines around {@code index} that start where {@code line} starts. */
    private static float columnRight(List<TextLine> page, int index, TextLine line) {
        float right = line.x1();
        for (int j = Math.max(0, index - 8); j < Math.min(page.size(), index + 8); j++) {
            TextLine other = page.get(j);
            if (Math.abs(other.x0() - line.x0()) < 2 * line.fontSize()) {
                right = Math.max(right, other.x1());
            }
        }
        return right;
    }

    private void append(StringBuilder text, String next) {
        int end = text.length();
        char last = text.charAt(end - 1);
        if ((last == '-' || last == '\u00ad') && end >= 2 && Character.isLetter(text.charAt(end - 2))
                && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
            int start = end - 1;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            String head = text.substring(start, end - 1).toLowerCase(Locale.ROOT);
            int tailEnd = 0;
            while (tailEnd < next.length() && Character.isLetter(next.charAt(tailEnd))) {
                tailEnd++;
            }
            String tail = next.substring(0, tailEnd).toLowerCase(Locale.ROOT);
            boolean ownHyphen = last == '-' && hyphenatedWords.contains(head + "-" + tail) && !words.contains(head + tail);
            if (!ownHyphen) {
                text.setLength(end - 1);
            }
            text.append(next);
            return;
        }
        text.append(' ').append(next);
    }

    private void flush(StringBuilder text, float size, boolean firstPage) {
        if (text.length() == 0) {
            return;
        }
        String s = text.toString().strip();
        text.setLength(0);
        if (s.isEmpty()) {
            return;
        }
        if (isHeading(size) && s.length() <= 300) {
            blocks.add(ArticleBlock.heading(size >= 1.6f * bodySize ? 1 : 2, s));
            if (firstPage) {
                firstPageHeadings.add(new SizedText(s, size));
            }
        } else {
            blocks.add(ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, s));
        }
    }

    private boolean isHeading(float size) {
        return size >= HEADING_SIZE * bodySize;
    }

    private static boolean sameSize(float a, float b) {
        return Math.max(a, b) <= SAME_SIZE * Math.min(a, b);
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ':' || last == '?' || last == '!' || last == ')' || last == '"' || last == '\u201d';
    }

    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }
}
