package io.litstream.ingest.clean;

import io.litstream.topics.article.ArticleBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Accumulates text the way a browser lays it out: inline whitespace collapses to one space,
 * blocks are separated by a blank line, list items and table rows by a line break, and table
 * cells by {@code " | "}. Breaks are only written when text follows them, so empty elements
 * leave no trace and the output never starts or ends with blank lines.
 *
 * <p>Alongside the text it cuts the output into typed {@linkplain Segment segments}: every
 * paragraph break and every {@linkplain #itemBreak() item break} starts one, and its type is the
 * innermost {@linkplain #enter typed element} open when its first character is written. A line
 * break alone (a {@code <br>}, a table row) stays inside the segment.
 */
final class BlockTextBuilder {
    static final int NONE = 0;
    static final int LINE = 1;
    static final int PARAGRAPH = 2;
    private static final String CELL_SEPARATOR = " | ";
    /** Text outside every typed element is prose. */
    private static final ArticleBlock PARAGRAPH_KIND = ArticleBlock.of(ArticleBlock.Type.PARAGRAPH, "");

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak = NONE;
    private boolean pendingSpace;
    private boolean pendingCell;
    private boolean lineHasText;
    private boolean pendingItem;
    private final Deque<ArticleBlock> context = new ArrayDeque<>();
    private final List<Start> starts = new ArrayList<>();

    /** Where a segment begins in the output, and the separator written before it. */
    private record Start(ArticleBlock kind, int separator, int offset) {
    }

    /**
     * One typed run of the output, its text without the separator before it.
     *
     * @param kind      the type and level (the block's text is not set here)
     * @param separator {@link #LINE} or {@link #PARAGRAPH} before it, {@link #NONE} for the first
     */
    record Segment(ArticleBlock kind, int separator, String text) {
    }

    /** Text written from now until the matching {@link #exit()} is of {@code kind} (its text unused). */
    void enter(ArticleBlock kind) {
        context.push(kind);
    }

    /** Ends the innermost {@link #enter}. */
    void exit() {
        context.pop();
    }

    /** A line break that also starts a new segment: between list items. */
    void itemBreak() {
        requestBreak(LINE);
        pendingItem = true;
    }

    /** Appends inline text, collapsing whitespace. */
    void text(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (PlainText.isBlank(c) || c == '\n' || c == '\r') {
                pendingSpace = lineHasText;
            } else if (!PlainText.isInvisible(c)) {
                emitPending();
                out.append(c);
                lineHasText = true;
            }
        }
    }

    /** Appends preformatted text: line breaks are kept, other whitespace is still tidied. */
    void preformatted(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                requestBreak(LINE);
            } else if (PlainText.isBlank(c) || c == '\r') {
                pendingSpace = lineHasText;
            } else if (!PlainText.isInvisible(c)) {
                emitPending();
                out.append(c);
                lineHasText = true;
            }
        }
    }

    /** Asks for at least this much separation before the next text. */
    void requestBreak(int kind) {
        if (kind > pendingBreak) {
            pendingBreak = kind;
        }
        pendingSpace = false;
        pendingCell = false;
    }

    /** Starts a new table cell: a separator is written only if the row already has text. */
    void cell() {
        if (lineHasText && pendingBreak == NONE) {
            pendingCell = true;
        }
    }

    /** A separating space, as between inline elements a browser would put apart. */
    void space() {
        pendingSpace = lineHasText;
    }

    boolean isEmpty() {
        return out.length() == 0;
    }

    private void emitPending() {
        ArticleBlock kind = context.isEmpty() ? PARAGRAPH_KIND : context.peek();
        if (starts.isEmpty()) {
            starts.add(new Start(kind, NONE, out.length()));
        }
        if (pendingBreak != NONE) {
            if (out.length() > 0) {
                out.append(pendingBreak == PARAGRAPH ? "\n\n" : "\n");
                if (pendingBreak == PARAGRAPH || pendingItem || !kind.equals(starts.get(starts.size() - 1).kind())) {
                    starts.add(new Start(kind, pendingBreak, out.length()));
                }
            }
            pendingItem = false;
            pendingBreak = NONE;
            pendingSpace = false;
            pendingCell = false;
            lineHasText = false;
        } else if (pendingCell) {
            out.append(CELL_SEPARATOR);
            pendingCell = false;
            pendingSpace = false;
        } else if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
        }
    }

    /** The output cut into its typed segments, in order. */
    List<Segment> segments() {
        List<Segment> segments = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            Start start = starts.get(i);
            int end = i + 1 < starts.size()
                    ? starts.get(i + 1).offset() - separatorLength(starts.get(i + 1).separator())
                    : out.length();
            segments.add(new Segment(start.kind(), start.separator(), out.substring(start.offset(), end)));
        }
        return segments;
    }

    private static int separatorLength(int separator) {
        return separator == PARAGRAPH ? 2 : separator == LINE ? 1 : 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
