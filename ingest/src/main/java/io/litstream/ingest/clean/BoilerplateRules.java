package io.litstream.ingest.clean;

import io.litstream.topics.article.TeaserHeadings;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides which elements are page furniture rather than article: by tag, ARIA role, class and id
 * tokens, hidden state, link density and the wording of teaser links (teaser headings are
 * {@link TeaserHeadings}, shared with extract). The rules are deliberately
 * plain lists so that a miss on a real page can be fixed by adding a word, and each list says why
 * its entries are there.
 */
final class BoilerplateRules {
    /** Elements that never hold readable article text. */
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "template", "svg", "canvas", "iframe", "object", "embed",
            "video", "audio", "map", "button", "select", "option", "textarea", "input", "dialog",
            "head", "link", "meta", "math", "frameset", "frame");

    /** Landmarks that are furniture by definition: menus, sidebars, page footers. */
    private static final Set<String> LANDMARK_TAGS = Set.of("nav", "aside", "footer", "menu");

    /**
     * Elements that are usually furniture but sometimes wrap the whole page, and are then kept:
     * ASP.NET sites put everything in one {@code <form>}, and forum software serves its content to
     * crawlers inside {@code <noscript>}.
     */
    private static final Set<String> FURNITURE_TAGS = Set.of("form", "noscript");

    /** ARIA landmark roles that are not the main content. */
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
            "menu", "menubar", "toolbar", "tablist", "alert");

    /**
     * Whole class/id tokens (after splitting on punctuation and camelCase) that mark furniture.
     * Left out on purpose: "widget" (page builders such as Elementor put it on every content block),
     * "teaser" (some sites call the article lead a teaser), "header" (article headers hold the title),
     * "meta" (bylines and dates are harmless and sometimes needed).
     */
    private static final Set<String> FURNITURE_TOKENS = Set.of(
            "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "sidebar",
            "footer", "masthead", "toolbar", "pagination", "pager", "skip",
            "cookie", "cookies", "consent", "gdpr",
            "newsletter", "subscribe", "subscription", "signup", "optin",
            "share", "sharing", "shares", "social", "sharebar",
            "comment", "comments", "disqus", "respond",
            "related", "recommended", "recommendations", "recirculation", "teasers", "promo", "promos",
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "sponsor",
            "popup", "modal", "tags", "tagcloud", "outbrain", "taboola",
            "byline", "bio", "credit", "credits", "copyright", "cart", "login", "footnotes", "citation");

    /**
     * Tokens that mark furniture only on a page that reads as prose: on a listing, a shop or a
     * service page the "popular" or "trending" box, the banner, is what the page is for.
     */
    private static final Set<String> PROSE_FURNITURE_TOKENS = Set.of(
            "banner", "popular", "trending", "recirc", "paywall", "mostread", "upsell");

    /** Fragments that mark furniture even when glued into longer class names ("cookieNoticeBar"). */
    private static final String[] FURNITURE_FRAGMENTS = {
        "cookie", "consent", "gdpr", "newsletter", "disqus", "sharedaddy", "addtoany", "addthis",
        "sharethis", "socialshare", "social-share", "sharebutton", "share-button", "share-bar",
        "relatedpost", "related-post", "related-article", "relatedarticle", "breadcrumb", "outbrain",
        "taboola", "read-more-link", "readmore-link"
    };

    /** Whole class names of screen-reader-only and hidden helpers (partial matches would hit "hidden-xs"). */
    private static final Set<String> HIDDEN_CLASSES = Set.of(
            "hidden", "d-none", "is-hidden", "sr-only", "visually-hidden", "visuallyhidden",
            "screen-reader-text", "screenreader-text", "skip-link", "invisible", "hide");

    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    /** Short link or paragraph texts that only lead elsewhere. */
    static final Pattern TEASER_LINK_TEXT = Pattern.compile(
            "(?i)^(?:read more|continue reading|read the full (?:article|story|post)|click here"
            + "|see more|show more|load more|view all|view more|more\\s*\u00BB|learn more|back to top)"
            + "\\b.{0,30}$");

    /** Labels that put a link to another article into the text: "Read more: ...", "Related: ...". */
    static final Pattern LABELLED_TEASER = Pattern.compile(
            "(?i)^(?:read more|read next|read also|also read|more|related|related article|related story|see also"
            + "|recommended|further reading|watch|listen|explore|opinion)\\s*[:|\u2013\u2014>\u00BB\u203A-]\\s*\\S.*");

    /**
     * Headings of customer reviews and ratings, the comments of a shop page. Only the markup
     * reader needs them: in plain text a "Reviews" line says too little about where the box ends.
     */
    private static final Pattern REVIEWS_HEADING = Pattern.compile(
            "(?i)(?:(?:customer|user|guest|verified|product) )?(?:reviews|ratings(?: (?:and|&) reviews)?"
            + "|reviews (?:and|&) ratings)(?: \\(\\d[\\d,]*\\)| for .{1,60}| summary)?"
            + "|(?:customer|user|guest|verified|product) review|write a review");

    private BoilerplateRules() {
    }

    static boolean isNeverText(Element el) {
        return NEVER_TEXT.contains(el.normalName());
    }

    static boolean isLandmarkFurniture(Element el) {
        return LANDMARK_TAGS.contains(el.normalName());
    }

    static boolean isFurnitureTag(Element el) {
        String tag = el.normalName();
        if (FURNITURE_TAGS.contains(tag)) {
            return true;
        }
        // A <header> is the site banner unless it belongs to an article or holds the page's title.
        return tag.equals("header") && el.closest("article") == null && el.selectFirst("h1") == null;
    }

    static boolean hasFurnitureRole(Element el) {
        String role = el.attr("role").trim().toLowerCase(Locale.ROOT);
        return !role.isEmpty() && FURNITURE_ROLES.contains(role);
    }

    static boolean isHidden(Element el) {
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden").trim())) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        for (String cls : el.classNames()) {
            if (HIDDEN_CLASSES.contains(cls.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's class or id names it as furniture. */
    static boolean hasFurnitureName(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        String names = (cls + " " + id);
        String lower = names.toLowerCase(Locale.ROOT);
        for (String fragment : FURNITURE_FRAGMENTS) {
            if (lower.contains(fragment)) {
                return true;
            }
        }
        return hasNameToken(names, FURNITURE_TOKENS);
    }

    /** Whether the element's class or id names it as furniture of an article page (see {@link #PROSE_FURNITURE_TOKENS}). */
    static boolean hasProseFurnitureName(Element el) {
        String names = el.className() + " " + el.id();
        return !names.isBlank() && hasNameToken(names, PROSE_FURNITURE_TOKENS);
    }

    private static boolean hasNameToken(String names, Set<String> tokens) {
        // camelCase boundaries become separators: "shareButtons" -> "share Buttons".
        String split = CAMEL_CASE.matcher(names).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        for (String token : NON_ALPHANUMERIC.split(split)) {
            if (!token.isEmpty() && tokens.contains(token)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTeaserHeading(String text) {
        return TeaserHeadings.opensClutter(text) || REVIEWS_HEADING.matcher(text.strip()).matches();
    }

    static boolean isLabelledTeaser(String text) {
        return LABELLED_TEASER.matcher(text.strip()).matches();
    }

    static boolean isTeaserLinkText(String text) {
        return text.length() <= 60 && TEASER_LINK_TEXT.matcher(text).matches();
    }
}
