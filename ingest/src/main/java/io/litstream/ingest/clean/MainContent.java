package io.litstream.ingest.clean;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article. Publishers mark it more often than not, so the
 * semantic markers are tried first, most specific first; a marker only counts when it holds a fair
 * share of the page's text, because listing pages wrap every teaser card in its own
 * {@code <article>}. Without a usable marker the whole body is cleaned.
 */
final class MainContent {
    /** Tried in order; the candidate with the most text in the first tier that qualifies wins. */
    private static final List<String> TIERS = List.of(
            "[itemprop=articleBody]",
            "article",
            "main, [role=main]",
            ".article-body, .article-content, .articleBody, .entry-content, .post-content, .post-body, "
                    + ".story-body, .article__body, #article-body, #articleBody");
    /** A marked candidate must hold at least this share of the body's text... */
    private static final double MIN_SHARE = 0.25;
    /**
     * ...or at least this many characters and the page's main prose, for pages whose furniture
     * (mega-menus, footers) outweighs the article.
     */
    private static final int MIN_CHARS = 1500;

    /** Prose a block must hold before its position says anything about where the article is. */
    private static final int MIN_CORE_CHARS = 200;
    /** Shorter text runs are labels, menu entries and buttons rather than sentences. */
    private static final int MIN_SENTENCE_CHARS = 25;
    private static final Set<String> PROSE_BLOCKS = Set.of(
            "p", "div", "td", "li", "dd", "blockquote", "section", "article", "main", "body", "pre", "figcaption");

    private MainContent() {
    }

    /**
     * The element holding the most paragraph prose: with its ancestors, the article's spine.
     * Nothing on that spine is dropped as furniture, however it is named (a wrapper class such as
     * {@code wsite-not-footer} or {@code has-sidebar} must not take the article with it), and a
     * semantic marker that does not contain it is probably not the article. Prose is text outside links, in runs long enough to be sentences, credited to the
     * container of the block it sits in (the parent of its {@code <p>}, or of whatever {@code <div>}
     * a site uses as a paragraph). Empty when the page has no substantial prose.
     */
    static Element proseCore(Element root) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        Element[] best = {null};
        int[] bestScore = {0};
        root.traverse((node, depth) -> {
            if (!(node instanceof TextNode t)) {
                return;
            }
            int length = TextStats.nonBlankLength(t.getWholeText());
            if (length < MIN_SENTENCE_CHARS) {
                return;
            }
            Element block = t.parent();
            while (block != null && block != root && !PROSE_BLOCKS.contains(block.normalName())) {
                if (block.nameIs("a")) {
                    return; // link text is navigation, not prose
                }
                block = block.parent();
            }
            if (block == null) {
                return;
            }
            Element container = block == root || block.parent() == null ? block : block.parent();
            int score = prose.merge(container, length, Integer::sum);
            if (score > bestScore[0]) {
                bestScore[0] = score;
                best[0] = container;
            }
        });
        return bestScore[0] < MIN_CORE_CHARS ? null : best[0];
    }

    /** {@code core} and its ancestors below {@code root}; empty when there is no core or it lies outside. */
    static Set<Element> pathTo(Element core, Element root) {
        Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
        if (core == null || !isInside(core, root)) {
            return path;
        }
        for (Element e = core; e != null && e != root; e = e.parent()) {
            path.add(e);
        }
        return path;
    }

    /**
     * The content root: the best semantic candidate of the first tier that qualifies, else the body.
     *
     * @param core the body's prose core (see {@link #proseCore}), or {@code null}
     */
    static Element find(Element body, TextStats stats, Element core) {
        int bodyText = stats.text(body);
        for (String tier : TIERS) {
            Element best = null;
            for (Element candidate : body.select(tier)) {
                if (best == null || stats.text(candidate) > stats.text(best)) {
                    best = candidate;
                }
            }
            if (best != null) {
                int size = stats.text(best);
                boolean holdsCore = core == null || isInside(core, best);
                if (size > 0 && (size >= bodyText * MIN_SHARE || (size >= MIN_CHARS && holdsCore))) {
                    return best;
                }
            }
        }
        return body;
    }

    /**
     * The page's headline when the content root does not contain it (article bodies marked with
     * {@code itemprop=articleBody} usually start below the title), so that the text still opens
     * with its title. Only an {@code <h1>} that comes before the root and is not a link (site logos
     * are often linked {@code <h1>}s) qualifies.
     */
    static Element titleOutside(Element body, Element root) {
        if (root == body) {
            return null;
        }
        for (Element h1 : body.getElementsByTag("h1")) {
            if (h1.text().isBlank() || isInside(h1, root)) {
                continue;
            }
            boolean linkOnly = h1.children().size() == 1 && h1.child(0).nameIs("a")
                    && h1.ownText().isBlank();
            boolean before = h1.siblingIndex() >= 0 && precedes(h1, root);
            if (!linkOnly && before && !BoilerplateRules.isHidden(h1)) {
                return h1;
            }
        }
        return null;
    }

    private static boolean isInside(Element el, Element ancestor) {
        for (Element p = el; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} comes before {@code b} in document order (neither contains the other). */
    private static boolean precedes(Element a, Element b) {
        List<Element> pathA = a.parents();
        pathA.add(0, a);
        List<Element> pathB = b.parents();
        pathB.add(0, b);
        // Walk down from the common ancestor and compare the sibling positions where the paths split.
        int ia = pathA.size() - 1;
        int ib = pathB.size() - 1;
        while (ia > 0 && ib > 0 && pathA.get(ia - 1) == pathB.get(ib - 1)) {
            ia--;
            ib--;
        }
        if (ia == 0 || ib == 0) {
            return false;
        }
        return pathA.get(ia - 1).siblingIndex() < pathB.get(ib - 1).siblingIndex();
    }
}
