package io.litstream.ingest.clean;

import io.litstream.topics.article.ArticleBlock;
import io.litstream.topics.article.ArticleBlock.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Extracts the readable article from a parsed page as plain text: title, headings, paragraphs,
 * list items (one per line), data-table rows (cells joined by {@code |}), with blocks separated by
 * blank lines. Page furniture (navigation, banners, cookie and newsletter boxes, share widgets,
 * comments, related-article teasers) is left out; see {@link BoilerplateRules}.
 *
 * <p>The document is parsed once and never modified: the cleaner walks it to measure text, to
 * find the main prose, and to extract, so metadata can be read from the same parse before or
 * after. Instances hold no state and may be shared between threads.
 */
public final class HtmlCleaner {
    /** An element holding more than this share of the content's text is a wrapper, never furniture. */
    private static final double WRAPPER_SHARE = 0.5;
    /** Above this link density the whole content is a link list, and link lists are not dropped. */
    private static final double LINK_PAGE_DENSITY = 0.5;
    /** Below this link density the content reads as prose, and short linked blocks in it are navigation. */
    private static final double PROSE_PAGE_DENSITY = 0.25;
    /** Blocks that, short and almost all links, are navigation (see {@code isLinkBlock}). */
    private static final Set<String> LINK_BLOCKS = Set.of(
            "p", "li", "dd", "dt", "div", "span", "h2", "h3", "h4", "h5", "h6", "section", "header");
    /** Longer than this, a linked block is likely prose with links in it. */
    private static final int LINK_BLOCK_MAX_CHARS = 120;
    /** Share of a short block's text inside links beyond which it is navigation. */
    private static final double LINK_BLOCK_DENSITY = 0.8;
    /** A labelled teaser line ("Related: ...") is at most this long... */
    private static final int LABELLED_LINK_MAX_CHARS = 200;
    /** ...and at least this share of it is the link. */
    private static final double LABELLED_LINK_DENSITY = 0.5;
    /** Elements a figure may hold and still be looked into for a caption. */
    private static final int FIGURE_MAX_ELEMENTS = 64;
    /** Elements a "Read more" link may hold (icons, spans); anything bigger is not one. */
    private static final int TEASER_MAX_ELEMENTS = 8;
    /** Where an article page keeps its body; a prose spine inside one makes the page an article. */
    private static final String ARTICLE_BODY = "article, [itemprop=articleBody]";
    /** The title found outside the content root heads the article. */
    private static final ArticleBlock TOP_HEADING = ArticleBlock.heading(1, "");

    /** Convenience for callers holding markup rather than a parsed document. */
    public String clean(String html) {
        return clean(Jsoup.parse(html));
    }

    /** The article text of {@code doc}; empty when nothing readable is left. */
    public String clean(Document doc) {
        return cleanBlocks(doc).text();
    }

    /**
     * The article of {@code doc} as text and as typed blocks: h1-h6 are headings with their level,
     * li/dt/dd list items, data tables tables, figcaption/caption captions, blockquote quotes, and
     * all other text paragraphs. What is left out is the same either way.
     */
    public CleanedText cleanBlocks(Document doc) {
        return LineFilter.filtered(cleanBody(StrayCData.repaired(doc)).segments());
    }

    private BlockTextBuilder cleanBody(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return new BlockTextBuilder();
        }
        TextStats stats = TextStats.of(body);
        Element core = MainContent.proseCore(body);
        Element root = MainContent.find(body, stats, core);
        Set<Element> teaserBlocks = TeaserBlocks.find(root, stats);
        Set<Element> protectedPath = MainContent.pathTo(core, root);
        BlockTextBuilder out = new BlockTextBuilder();
        Element title = MainContent.titleOutside(body, root);
        if (title != null) {
            out.enter(TOP_HEADING);
            out.text(title.text());
            out.requestBreak(BlockTextBuilder.PARAGRAPH);
            out.exit();
        }
        root.filter(new Extractor(root, core, stats, teaserBlocks, protectedPath, out));
        return out;
    }

    /** Walks the content root, skipping furniture and writing the rest through a {@link BlockTextBuilder}. */
    private static final class Extractor implements NodeFilter {
        private static final Set<String> PARAGRAPH_BLOCKS = Set.of(
                "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
                "ul", "ol", "dl", "blockquote", "pre", "figure", "figcaption", "address", "details",
                "summary", "center", "fieldset", "legend", "caption", "table", "hgroup", "body");
        private static final Set<String> LINE_BLOCKS = Set.of("li", "dt", "dd", "tr", "option");
        private static final Set<String> LAYOUT_MARKERS = Set.of(
                "p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "form");

        private static final ArticleBlock LIST_ITEM = ArticleBlock.of(Type.LIST_ITEM, "");
        private static final ArticleBlock TABLE = ArticleBlock.of(Type.TABLE, "");
        private static final ArticleBlock CAPTION = ArticleBlock.of(Type.CAPTION, "");
        private static final ArticleBlock QUOTE = ArticleBlock.of(Type.QUOTE, "");

        private final Element root;
        private final TextStats stats;
        private final Set<Element> teaserBlocks;
        private final Set<Element> protectedPath;
        private final boolean linkPage;
        private final boolean prosePage;
        private final boolean articlePage;
        private final BlockTextBuilder out;
        private final Deque<Boolean> tableIsLayout = new ArrayDeque<>();
        private int listItemDepth;
        private int preDepth;

        Extractor(Element root, Element core, TextStats stats, Set<Element> teaserBlocks, Set<Element> protectedPath,
                  BlockTextBuilder out) {
            this.root = root;
            this.stats = stats;
            this.teaserBlocks = teaserBlocks;
            this.protectedPath = protectedPath;
            // On a page that is mostly links (a listing, a product grid) the links are the content.
            this.linkPage = stats.get(root).linkDensity() > LINK_PAGE_DENSITY;
            // Teaser cards (a linked headline over a line of text) are the content of a listing;
            // only on a page that reads as prose are short linked blocks the way out of it.
            this.prosePage = stats.get(root).linkDensity() < PROSE_PAGE_DENSITY;
            // An article page: prose whose spine runs through an article element or article body.
            this.articlePage = prosePage && core != null && core.closest(ARTICLE_BODY) != null;
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (preDepth > 0) {
                    out.preformatted(t.getWholeText());
                } else {
                    out.text(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
            }
            if (el != root && isFurniture(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = el.normalName();
            if (tag.equals("table")) {
                tableIsLayout.push(isLayoutTable(el));
            }
            ArticleBlock kind = kindOf(tag);
            if (kind != null) {
                out.enter(kind);
            }
            switch (tag) {
                case "br" -> out.requestBreak(BlockTextBuilder.LINE);
                case "hr" -> out.requestBreak(BlockTextBuilder.PARAGRAPH);
                case "pre" -> {
                    preDepth++;
                    out.requestBreak(BlockTextBuilder.PARAGRAPH);
                }
                case "li" -> {
                    listItemDepth++;
                    out.itemBreak();
                }
                case "dt", "dd" -> out.itemBreak();
                case "table" -> out.requestBreak(BlockTextBuilder.PARAGRAPH);
                case "td", "th" -> {
                    if (inLayoutTable()) {
                        out.requestBreak(BlockTextBuilder.PARAGRAPH);
                    } else {
                        out.cell();
                    }
                }
                case "tr" -> out.requestBreak(inLayoutTable() ? BlockTextBuilder.PARAGRAPH : BlockTextBuilder.LINE);
                case "img", "wbr" -> { }
                default -> blockBreak(tag);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (kindOf(tag) != null) {
                    out.exit();
                }
                switch (tag) {
                    case "pre" -> {
                        preDepth--;
                        out.requestBreak(BlockTextBuilder.PARAGRAPH);
                    }
                    case "li" -> {
                        listItemDepth--;
                        out.itemBreak();
                    }
                    case "dt", "dd" -> out.itemBreak();
                    case "table" -> {
                        tableIsLayout.pop();
                        out.requestBreak(BlockTextBuilder.PARAGRAPH);
                    }
                    case "td", "th" -> {
                        if (inLayoutTable()) {
                            out.requestBreak(BlockTextBuilder.PARAGRAPH);
                        } else {
                            out.space();
                        }
                    }
                    case "tr" -> out.requestBreak(inLayoutTable() ? BlockTextBuilder.PARAGRAPH : BlockTextBuilder.LINE);
                    default -> blockBreak(tag);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void blockBreak(String tag) {
            if (LINE_BLOCKS.contains(tag)) {
                out.requestBreak(BlockTextBuilder.LINE);
            } else if (PARAGRAPH_BLOCKS.contains(tag)) {
                // Inside a list item, paragraphs stay on the item's lines: the item is the unit.
                boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                out.requestBreak(listItemDepth > 0 && !heading ? BlockTextBuilder.LINE : BlockTextBuilder.PARAGRAPH);
            }
        }

        /**
         * The block type text inside {@code tag} gets, or null when the tag does not change it. A
         * layout table's cells are the page's paragraphs, so only data tables are tables. Called
         * in {@link #head} after and in {@link #tail} before the table's layout flag is popped.
         */
        private ArticleBlock kindOf(String tag) {
            return switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> ArticleBlock.heading(tag.charAt(1) - '0', "");
                case "li", "dt", "dd" -> LIST_ITEM;
                case "table" -> inLayoutTable() ? null : TABLE;
                case "figcaption", "caption" -> CAPTION;
                case "blockquote" -> QUOTE;
                default -> null;
            };
        }

        private boolean inLayoutTable() {
            Boolean layout = tableIsLayout.peek();
            return layout != null && layout;
        }

        /** A table whose cells hold paragraphs, divs or other tables is page layout, not data. */
        private static boolean isLayoutTable(Element table) {
            for (Element cell : table.select("td, th")) {
                for (Element child : cell.children()) {
                    if (LAYOUT_MARKERS.contains(child.normalName())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean isFurniture(Element el) {
            if (BoilerplateRules.isNeverText(el) || teaserBlocks.contains(el)) {
                return true;
            }
            if (protectedPath.contains(el)) {
                return false;
            }
            if (BoilerplateRules.isLandmarkFurniture(el)) {
                return true;
            }
            boolean looksLikeFurniture = BoilerplateRules.isFurnitureTag(el)
                    || BoilerplateRules.hasFurnitureRole(el)
                    || BoilerplateRules.isHidden(el)
                    || BoilerplateRules.hasFurnitureName(el)
                    || articlePage && BoilerplateRules.hasProseFurnitureName(el)
                    || isLinkList(el)
                    || isLinkBlock(el)
                    || isTeaserLink(el)
                    || isUncaptionedFigure(el);
            return looksLikeFurniture && !isWrapper(el);
        }

        /** A wrapper holds most of the content; misnamed wrappers ("has-sidebar") must not take the article with them. */
        private boolean isWrapper(Element el) {
            int rootText = stats.text(root);
            return rootText > 0 && stats.text(el) > rootText * WRAPPER_SHARE;
        }

        /** Lists and boxes that are almost all links: menus, tag clouds, teaser lists. */
        private boolean isLinkList(Element el) {
            TextStats.Counts c = stats.get(el);
            if (linkPage || c.text == 0) {
                return false;
            }
            return switch (el.normalName()) {
                case "ul", "ol", "dl", "div", "section", "table", "tbody" -> c.links >= 3 && c.linkDensity() > 0.7;
                default -> false;
            };
        }

        /**
         * A short block whose text is nearly all links: a teaser headline, a "See also" line, a
         * menu entry standing on its own. Prose that happens to be linked runs longer than this, so
         * the limit is on length as well as on link density (trafilatura's link-density test keeps
         * the same two conditions).
         */
        private boolean isLinkBlock(Element el) {
            TextStats.Counts c = stats.get(el);
            if (!prosePage || c.links == 0 || c.text == 0 || !LINK_BLOCKS.contains(el.normalName())) {
                return false;
            }
            if (c.text <= LINK_BLOCK_MAX_CHARS && c.linkDensity() > LINK_BLOCK_DENSITY) {
                return true;
            }
            // "Read more: <headline>", "Related: <headline>" in the middle of the article: the label
            // is not a link, so the density is lower, but the label says what the line is. Only a
            // small block's text is read, so a deep chain of wrappers costs no more than its length.
            return c.text <= LABELLED_LINK_MAX_CHARS && c.linkDensity() >= LABELLED_LINK_DENSITY
                    && stats.descendants(el) <= TEASER_MAX_ELEMENTS
                    && BoilerplateRules.isLabelledTeaser(el.text());
        }

        /**
         * A figure without a caption holds only what came with the image (credits, embed chrome,
         * "Enlarge" buttons); a captioned one keeps its caption, and one holding a table (block
         * editors wrap every table in a {@code <figure>}) keeps the table.
         */
        private boolean isUncaptionedFigure(Element el) {
            // Looking inside is bounded: nested figures would otherwise cost time quadratic in the
            // depth, and a figure holding that much is not an image with its credits anyway.
            return el.nameIs("figure") && stats.descendants(el) <= FIGURE_MAX_ELEMENTS
                    && el.selectFirst("figcaption, table") == null;
        }

        /** A short "Read more" or "Continue reading" element. */
        private boolean isTeaserLink(Element el) {
            String tag = el.normalName();
            if (!(tag.equals("a") || tag.equals("p") || tag.equals("div") || tag.equals("span"))) {
                return false;
            }
            int size = stats.text(el);
            // A teaser link is a handful of elements; reading the text of a deep chain of short
            // wrappers at every level would cost time quadratic in the nesting depth.
            return size > 0 && size <= 60 && stats.descendants(el) <= TEASER_MAX_ELEMENTS
                    && BoilerplateRules.isTeaserLinkText(el.text());
        }
    }
}
