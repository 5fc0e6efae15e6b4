package io.litstream.ingest.clean;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds blocks introduced by a teaser heading ("Related articles", "You may also like",
 * "Comments", "Subscribe to our newsletter"...) that class names did not give away. Such a
 * heading takes with it the smallest-to-largest box it opens, as long as that box is clearly not
 * the article; when it has no box of its own, it takes the siblings that follow it, up to the next
 * heading of the same rank or the first real paragraph.
 */
final class TeaserBlocks {
    /** A box opened by a teaser heading may hold at most this share of the content text. */
    private static final double MAX_BOX_SHARE = 0.4;
    /** Prose this long, with few links, is article text and stops a sibling run. */
    private static final int PROSE_CHARS = 200;

    private TeaserBlocks() {
    }

    static Set<Element> find(Element root, TextStats stats) {
        Set<Element> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
        int rootText = stats.text(root);
        // <h1> is left out: it is the page's own title, whatever it says ("Thoughts on Zig").
        for (Element heading : root.select("h2, h3, h4, h5, h6, [role=heading]")) {
            String text = heading.text().strip();
            if (text.isEmpty() || !BoilerplateRules.isTeaserHeading(text)) {
                continue;
            }
            Element box = boxOpenedBy(heading, root, stats, rootText);
            if (box != null) {
                blocks.add(box);
            } else {
                blocks.add(heading);
                addFollowingSiblings(heading, stats, blocks);
            }
        }
        return blocks;
    }

    /** The largest ancestor below {@code root} that starts with the heading and is small next to the content. */
    private static Element boxOpenedBy(Element heading, Element root, TextStats stats, int rootText) {
        Element box = null;
        String headingText = heading.text().strip();
        for (Element p = heading.parent(); p != null && p != root; p = p.parent()) {
            if (stats.text(p) > rootText * MAX_BOX_SHARE || !p.text().startsWith(headingText)) {
                break;
            }
            box = p;
        }
        return box;
    }

    private static void addFollowingSiblings(Element heading, TextStats stats, Set<Element> blocks) {
        // An ARIA heading has no rank of its own; any real heading ends its run.
        int rank = rank(heading) == 0 ? 6 : rank(heading);
        for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            int nextRank = rank(next);
            if (nextRank > 0 && nextRank <= rank) {
                return;
            }
            if (next.selectFirst("h1, h2, h3, h4, h5, h6") != null && highestRank(next) <= rank) {
                return;
            }
            TextStats.Counts c = stats.get(next);
            if (c.text - c.linkText >= PROSE_CHARS && c.linkDensity() < 0.3 && next.nameIs("p")) {
                return;
            }
            blocks.add(next);
        }
    }

    private static int rank(Element el) {
        String tag = el.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    private static int highestRank(Element el) {
        int best = 7;
        for (Element h : el.select("h1, h2, h3, h4, h5, h6")) {
            best = Math.min(best, rank(h));
        }
        return best;
    }
}
