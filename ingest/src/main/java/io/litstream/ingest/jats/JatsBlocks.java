package io.litstream.ingest.jats;

import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.ArticleBlock.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns the abstract and body of a JATS article into typed blocks in reading order: section
 * titles become headings (their depth as level), paragraphs, list items, block quotes, tables
 * (cells {@code " | "}, rows by line breaks) and figure and table captions their own blocks.
 * References, footnotes, acknowledgements and the rest of {@code <back>} are never visited.
 *
 * <p>The walk keeps its own stack: a document of 100,000 nested sections is read in linear time
 * and cannot overflow the thread's stack. Headings deeper than {@link #MAX_LEVEL} keep that level.
 */
final class JatsBlocks {
    /** As deep as HTML headings go; deeper sections are still read, their headings at this level. */
    static final int MAX_LEVEL = 6;
    /** Elements that interrupt a paragraph when nested in one, and are read as blocks of their own. */
    private static final Set<String> BLOCKS_IN_PARAGRAPH = Set.of(
            "list", "def-list", "table-wrap", "table-wrap-group", "fig", "fig-group", "disp-quote", "boxed-text",
            "speech", "statement", "verse-group", "preformat", "code", "array", "chem-struct-wrap");
    /** Containers never read: their content is apparatus, not the article's text. */
    private static final Set<String> DROPPED = Set.of(
            "ref-list", "fn-group", "fn", "ack", "notes", "glossary", "app-group", "back", "floats-group",
            "sec-meta", "kwd-group", "permissions", "object-id", "graphic", "media",
            "disp-formula", "tex-math", "author-notes", "funding-group");

    private final List<ArticleBlock> blocks = new ArrayList<>();
    /** Set while reading {@code <floats-group>}: tables give their captions only. */
    private boolean captionsOnly;

    /** A step of the walk: read an element, or write a block already made. */
    private sealed interface Step permits Visit, Emit {
    }

    /**
     * @param level         heading level a section title met here gets
     * @param paragraphType what a paragraph met here becomes (a list item inside lists)
     */
    private record Visit(Element element, int level, Type paragraphType) implements Step {
    }

    private record Emit(ArticleBlock block) implements Step {
    }

    /**
     * Blocks of the abstracts and body, after an optional title heading, then the captions of the
     * figures and tables PMC keeps apart in {@code <floats-group>}. Their captions are prose about
     * the findings; the cells of those tables are left out, as PMC's own text rendering leaves them.
     */
    static List<ArticleBlock> of(String title, List<Element> abstracts, Element body, Element floats) {
        JatsBlocks walk = new JatsBlocks();
        if (title != null && !title.isEmpty()) {
            walk.blocks.add(ArticleBlock.heading(1, title));
        }
        for (Element abs : abstracts) {
            String heading = heading(abs);
            if (!heading.isEmpty()) {
                walk.blocks.add(ArticleBlock.heading(2, heading));
            }
            walk.walk(abs, heading.isEmpty() ? 2 : 3);
        }
        if (body != null) {
            walk.walk(body, 2);
        }
        if (floats != null) {
            walk.captionsOnly = true;
            walk.walk(floats, 2);
        }
        return List.copyOf(walk.blocks);
    }

    private void walk(Element container, int level) {
        Deque<Step> todo = new ArrayDeque<>();
        pushChildren(todo, container, level, Type.PARAGRAPH);
        while (!todo.isEmpty()) {
            Step step = todo.pop();
            if (step instanceof Emit emit) {
                blocks.add(emit.block());
            } else if (step instanceof Visit visit) {
                visit(visit, todo);
            }
        }
    }

    private void visit(Visit v, Deque<Step> todo) {
        Element e = v.element();
        String name = Elements.name(e);
        if (DROPPED.contains(name)) {
            return;
        }
        switch (name) {
            case "sec", "app", "boxed-text", "statement" -> {
                String heading = heading(e);
                int below = v.level();
                if (!heading.isEmpty()) {
                    add(ArticleBlock.heading(Math.min(v.level(), MAX_LEVEL), heading));
                    below = Math.min(v.level() + 1, MAX_LEVEL);
                }
                pushChildren(todo, e, below, v.paragraphType());
            }
            case "title", "label", "caption" -> {
                // read with the section, figure or table they name
            }
            case "p" -> paragraph(e, v, todo);
            case "list" -> pushChildren(todo, e, v.level(), Type.LIST_ITEM);
            case "list-item" -> pushChildren(todo, e, v.level(), Type.LIST_ITEM);
            case "def-list" -> {
                for (Element item : Elements.children(e, "def-item")) {
                    String term = JatsText.of(Elements.child(item, "term"));
                    String def = JatsText.of(Elements.child(item, "def"));
                    add(ArticleBlock.of(Type.LIST_ITEM, term.isEmpty() || def.isEmpty() ? term + def : term + ": " + def));
                }
            }
            case "disp-quote", "verse-group", "speech" -> add(ArticleBlock.of(Type.QUOTE, JatsText.of(e)));
            case "fig", "supplementary-material" -> caption(e);
            case "table-wrap" -> table(e);
            case "preformat", "code" -> add(ArticleBlock.of(v.paragraphType(), JatsText.of(e)));
            default -> pushChildren(todo, e, v.level(), v.paragraphType());
        }
    }

    /**
     * A paragraph's inline text, cut where a list, table, figure or quote is nested in it: the
     * nested element is read as its own block and the paragraph goes on after it.
     */
    private static void paragraph(Element p, Visit v, Deque<Step> todo) {
        List<Step> steps = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && BLOCKS_IN_PARAGRAPH.contains(Elements.name(child))) {
                flush(run, v.paragraphType(), steps);
                steps.add(new Visit(child, v.level(), v.paragraphType()));
            } else {
                JatsText.append(n, run);
            }
        }
        flush(run, v.paragraphType(), steps);
        for (int i = steps.size() - 1; i >= 0; i--) {
            todo.push(steps.get(i));
        }
    }

    private static void flush(StringBuilder run, Type type, List<Step> steps) {
        String text = JatsText.collapse(run);
        run.setLength(0);
        if (!text.isEmpty()) {
            steps.add(new Emit(ArticleBlock.of(type, text)));
        }
    }

    private void caption(Element figOrTable) {
        String label = JatsText.of(Elements.child(figOrTable, "label"));
        String caption = JatsText.of(Elements.child(figOrTable, "caption"));
        String text = label.isEmpty() || caption.isEmpty() ? label + caption
                : label + (endsWithPunctuation(label) ? " " : ". ") + caption;
        // A bare label ("Figure 2") says nothing without its caption.
        if (!caption.isEmpty()) {
            add(ArticleBlock.of(Type.CAPTION, text));
        }
    }

    private void table(Element wrap) {
        caption(wrap);
        if (captionsOnly) {
            return;
        }
        for (Node n : descendants(wrap, "table")) {
            add(ArticleBlock.of(Type.TABLE, rows((Element) n)));
        }
        for (Element foot : Elements.children(wrap, "table-wrap-foot")) {
            StringBuilder text = new StringBuilder();
            for (Element part : Elements.elementChildren(foot)) {
                // Table footnotes explain the table's abbreviations and marks: they belong with it.
                for (Node c = part.getFirstChild(); c != null; c = c.getNextSibling()) {
                    JatsText.append(c, text);
                }
                text.append(' ');
            }
            add(ArticleBlock.of(Type.CAPTION, JatsText.collapse(text)));
        }
    }

    private static String rows(Element table) {
        StringBuilder out = new StringBuilder();
        for (Node tr : descendants(table, "tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : Elements.elementChildren((Element) tr)) {
                String name = Elements.name(cell);
                String text = JatsText.of(cell);
                if ((name.equals("td") || name.equals("th")) && !text.isEmpty()) {
                    cells.add(text);
                }
            }
            if (!cells.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(String.join(" | ", cells));
            }
        }
        return out.toString();
    }

    /** Descendants named {@code name}, in document order, found without recursion. */
    private static List<Node> descendants(Element root, String name) {
        List<Node> found = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n != root && Elements.is(n, name)) {
                found.add(n);
                continue;
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
                if (c instanceof Element) {
                    todo.push(c);
                }
            }
        }
        return found;
    }

    private void add(ArticleBlock block) {
        if (block.text() != null && !block.text().isBlank()) {
            blocks.add(block);
        }
    }

    private static void pushChildren(Deque<Step> todo, Element parent, int level, Type paragraphType) {
        for (Node c = parent.getLastChild(); c != null; c = c.getPreviousSibling()) {
            if (c instanceof Element child) {
                todo.push(new Visit(child, level, paragraphType));
            }
        }
    }

    /** A section's label and title ("2.1 Participants"); "" when it has neither. */
    static String heading(Element section) {
        String label = JatsText.of(Elements.child(section, "label"));
        String title = JatsText.of(Elements.child(section, "title"));
        if (label.isEmpty() || title.isEmpty()) {
            return label + title;
        }
        return label + " " + title;
    }

    private static boolean endsWithPunctuation(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == ':' || last == ')' || last == '|';
    }
}
