package io.litstream.ingest.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Visible-text sizes of every element of a page, computed in one depth-first pass (each element's
 * totals are added to its parent when it is left), so that the cleaner can ask "how much text is
 * in here, and how much of it is link text?" in constant time instead of re-walking subtrees.
 */
final class TextStats {
    /** Text and link-text sizes of one element, in non-blank characters, its number of links and of elements below it. */
    static final class Counts {
        int text;
        int linkText;
        int links;
        int descendants;

        double linkDensity() {
            return text == 0 ? 0.0 : (double) linkText / text;
        }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    /** Measures {@code root} and everything below it; invisible elements count as empty. */
    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        root.filter(new NodeFilter() {
            private int linkDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int n = nonBlankLength(t.getWholeText());
                    Element parent = t.parent();
                    if (n > 0 && parent != null) {
                        Counts c = stats.countsFor(parent);
                        c.text += n;
                        if (linkDepth > 0) {
                            c.linkText += n;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element el) {
                    if (BoilerplateRules.isNeverText(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.nameIs("a") && el.hasAttr("href")) {
                        linkDepth++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el) {
                    Counts mine = stats.counts.get(el);
                    boolean link = el.nameIs("a") && el.hasAttr("href");
                    if (link) {
                        linkDepth--;
                        mine = stats.countsFor(el);
                        mine.links++;
                    }
                    if (el != root && el.parent() != null) {
                        Counts up = stats.countsFor(el.parent());
                        up.descendants += 1 + (mine == null ? 0 : mine.descendants);
                        if (mine != null) {
                            up.text += mine.text;
                            up.linkText += mine.linkText;
                            up.links += mine.links;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return stats;
    }

    Counts get(Element el) {
        return counts.getOrDefault(el, NONE);
    }

    int text(Element el) {
        return get(el).text;
    }

    /** Elements below {@code el}, at any depth. */
    int descendants(Element el) {
        return get(el).descendants;
    }

    private Counts countsFor(Element el) {
        return counts.computeIfAbsent(el, e -> new Counts());
    }

    static int nonBlankLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                n++;
            }
        }
        return n;
    }
}
