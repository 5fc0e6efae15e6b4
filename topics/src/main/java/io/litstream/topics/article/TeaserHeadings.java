package io.litstream.topics.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one list of headings that open page clutter instead of article text, read by both stages:
 * ingest drops the box such a heading opens from the HTML, extract drops the section it opens from
 * plain text that came without markup. They come in kinds because plain text needs them told
 * apart: a list of other content runs to the end of a page, a sign-up box only to the next
 * heading, and a widget label is one line. Back matter (References, Sources) is not here: it is the article's own, and only
 * extract leaves it out of what it reads for claims.
 */
public final class TeaserHeadings {
    /** Headings of teasers for other pages, comments and author boxes. */
    private static final Pattern OTHER_CONTENT = Pattern.compile(
            "(?:related|recent|popular|trending|latest|recommended|suggested|featured|similar|more|other|top"
                    + "|most (?:read|popular|viewed|shared)) "
                    + "(?:posts?|articles?|stories|news|reads?|reading|content|videos?|links?|topics|items|headlines)"
                    + "|related|recommended(?: for you)?|(?:most )?popular(?: now)?|most (?:read|viewed|shared)"
                    + "|trending(?: now)?|top stories|editor's picks|editors picks|don't miss|dont miss|up next"
                    + "|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in).*"
                    + "|more (?:from|on|in|like this|to read|to explore)\\b.*"
                    + "|read (?:more|next|also)|also read|keep reading|what to read next"
                    + "|(?:leave|post|write|add) a (?:reply|comment)|comments?|\\d+ (?:comments?|responses?|replies)"
                    + "|(?:\\d+|one|two|three) (?:thoughts?|responses?|replies) (?:on|to) .*"
                    + "|join the (?:discussion|conversation)|about the authors?");
    /** Headings of sign-up and follow boxes. */
    private static final Pattern SIGN_UP = Pattern.compile(
            ".*\\b(?:newsletters?|subscribe|sign up|signup|stay (?:updated|informed|connected|in touch)"
                    + "|get (?:the latest|updates)|join our|follow us)\\b.*");
    /**
     * Labels of a widget: share buttons, tag lists, an advertising slot. In HTML the label comes with
     * its own small box; in plain text it is a single line ("Share this article" above the article's
     * first paragraph), so only the box reading of ingest uses these.
     */
    private static final Pattern WIDGET_LABEL = Pattern.compile(
            "share(?: this)?(?: article| post| story| page)?|share on .*"
                    + "|tags|categories|filed under.*|advertisement|sponsored(?: content)?");
    /** Longer lines are text that happens to start like a heading ("More from the trial came later ..."). */
    private static final int MAX_CHARS = 80;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TeaserHeadings() {
    }

    /** A heading after which a page lists other content or comments rather than continuing the article. */
    public static boolean opensOtherContent(String heading) {
        return heading.length() <= MAX_CHARS && OTHER_CONTENT.matcher(key(heading)).matches();
    }

    /** A heading of a sign-up or follow box, which ends where the next heading starts. */
    public static boolean opensSignUp(String heading) {
        return heading.length() <= MAX_CHARS && SIGN_UP.matcher(key(heading)).matches();
    }

    /** The label of a share, tag or advertising widget. */
    public static boolean labelsWidget(String heading) {
        return heading.length() <= MAX_CHARS && WIDGET_LABEL.matcher(key(heading)).matches();
    }

    /** Any kind: a heading whose box in the markup is not the article. */
    public static boolean opensClutter(String heading) {
        return opensOtherContent(heading) || opensSignUp(heading) || labelsWidget(heading);
    }

    /** Lower case, typographic apostrophes made plain, punctuation and arrows gone ("Read more »"). */
    private static String key(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return SPACES.matcher(NOT_WORD.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
    }
}
