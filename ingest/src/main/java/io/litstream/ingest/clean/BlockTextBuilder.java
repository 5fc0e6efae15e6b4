package io.litstream.ingest.clean;

/**
 * Accumulates text the way a browser lays it out: inline whitespace collapses to one space,
 * blocks are separated by a blank line, list items and table rows by a line break, and table
 * cells by {@code " | "}. Breaks are only written when text follows them, so empty elements
 * leave no trace and the output never starts or ends with blank lines.
 */
final class BlockTextBuilder {
    static final int NONE = 0;
    static final int LINE = 1;
    static final int PARAGRAPH = 2;
    private static final String CELL_SEPARATOR = " | ";

    private final StringBuilder out = new StringBuilder();
    private int pendingBreak = NONE;
    private boolean pendingSpace;
    private boolean pendingCell;
    private boolean lineHasText;

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
        if (pendingBreak != NONE) {
            if (out.length() > 0) {
                out.append(pendingBreak == PARAGRAPH ? "\n\n" : "\n");
            }
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

    @Override
    public String toString() {
        return out.toString();
    }
}
