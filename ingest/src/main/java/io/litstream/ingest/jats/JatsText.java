package io.litstream.ingest.jats;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The running text of an element's inline content: markup flattened (italics, sub- and
 * superscripts, citations, links keep their words), whitespace collapsed. What a reader of the
 * printed article would not read as part of the sentence is left out: footnotes, alternative
 * texts, TeX sources of formulas. The walk keeps its own stack, so a hostile document nested
 * thousands of levels deep cannot overflow the thread's.
 */
final class JatsText {
    /** Inline elements whose content is not part of the sentence around them. */
    private static final Set<String> SKIPPED = Set.of(
            "fn", "alt-text", "long-desc", "tex-math", "inline-graphic", "graphic", "media", "object-id",
            "ref-list", "permissions");
    /** Inline elements that stand for a gap between words. */
    private static final Set<String> BREAKS = Set.of("break", "hr");

    private JatsText() {
    }

    /** The element's text, or "" for null. */
    static String of(Element e) {
        if (e == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        append(e, out);
        return collapse(out);
    }

    /** A title's text: as {@link #of}, without the footnote marks ({@code <xref>}) a title may carry. */
    static String title(Element e) {
        if (e == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        append(e, out, Set.of("xref"));
        return collapse(out);
    }

    /** Appends the element's text, uncollapsed, to {@code out}. */
    static void append(Node root, StringBuilder out) {
        append(root, out, Set.of());
    }

    private static void append(Node root, StringBuilder out, Set<String> alsoSkipped) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                String name = Elements.name(e);
                if (BREAKS.contains(name)) {
                    out.append(' ');
                } else if (!SKIPPED.contains(name) && !alsoSkipped.contains(name)) {
                    for (Node c = e.getLastChild(); c != null; c = c.getPreviousSibling()) {
                        todo.push(c);
                    }
                }
            }
        }
    }

    /** Whitespace (including no-break spaces) collapsed to single spaces, ends trimmed. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else if (c != '\u200b' && c != '\u00ad' && c != '\ufeff') {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
