package io.litstream.extract.structure;

import io.litstream.topics.article.TeaserHeadings;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises page clutter in plain text by its shape: teaser and back-matter section headings,
 * share/newsletter/cookie lines, "19 minutes ago" stamps, URL slugs, social-media counters.
 * The patterns describe how web pages are built, not what any one page says, so they carry over
 * to pages the extractor has never seen.
 */
public final class Boilerplate {
    /**
     * Back-matter headings: the article's own, so ingest keeps them, but they hold references rather
     * than findings, so extract reads nothing after them. Teaser and sign-up headings are
     * {@link TeaserHeadings}, the list ingest reads too.
     */
    private static final Pattern BACK_MATTER_HEADING = Pattern.compile(
            "references|bibliography|works cited|citations|footnotes|sources");
    /** Short lines that only serve the page: sharing, sign-up, cookies, navigation. */
    private static final Pattern WIDGET_LINE = Pattern.compile(
            "(?i).*\\b(?:share (?:this|on|via)|subscribe|unsubscribe|newsletter|sign up|sign in|log in|follow us"
                    + "|cookies?|privacy policy|terms of (?:use|service)|all rights reserved"
                    + "|(?:delivered|straight) to your inbox|click here|advertisement|sponsored content"
                    + "|skip to (?:main )?content|back to top|print this|email this|read more|continue reading"
                    + "|min(?:ute)? read)\\b.*");
    private static final Pattern TIME_AGO = Pattern.compile(
            "(?i)(?:\\d+|an?|one) (?:second|sec|minute|min|hour|hr|day|week|month|year)s? ago");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)(?:(?:posted|published|updated|last updated)(?: on)?:? )?"
                    + "(?:[a-z]{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [a-z]{3,9}\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern SOCIAL_COUNTS = Pattern.compile(
            "(?i).*\\b\\d[\\d,.]*[km]? (?:likes|comments|shares|views|followers|retweets|reactions)\\b.*");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:©|\\(c\\)|copyright\\b).*");
    /** Bylines and review credits: "By Jane Doe", "Medically reviewed by ...". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)(?:by|written by|(?:medically |clinically )?reviewed by|fact[- ]checked by|edited by|author:)\\s.{1,80}");
    private static final Pattern URL_ONLY = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    /** A URL slug: lower case, no spaces, words joined by at least two hyphens. */
    private static final Pattern SLUG = Pattern.compile("(?=[^-]*-[^-]*-)[a-z0-9][a-z0-9._-]*");
    private static final Pattern NUMERIC_ONLY = Pattern.compile("[\\d\\s.,:;/|#-]+");
    private static final int WIDGET_MAX_WORDS = 20;
    private static final int BYLINE_MAX_WORDS = 12;

    private Boilerplate() {
    }

    /** A heading that opens a teaser list or back matter, which runs to the end of the page. */
    public static boolean isTeaserHeading(String heading) {
        return TeaserHeadings.opensOtherContent(heading) || BACK_MATTER_HEADING.matcher(headingKey(heading)).matches();
    }

    /** A heading that opens a newsletter / sign-up box, which runs to the next heading. */
    public static boolean isNewsletterHeading(String heading) {
        return TeaserHeadings.opensSignUp(heading);
    }

    /**
     * A line that is clutter wherever it stands. {@code previousHeading} lets a slug be recognised
     * even when it is one word ("conclusion" under "Conclusion").
     */
    public static boolean isClutterLine(String line, String previousHeading) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (URL_ONLY.matcher(t).matches() || SLUG.matcher(t).matches() || NUMERIC_ONLY.matcher(t).matches()
                || TIME_AGO.matcher(t).matches() || DATE_LINE.matcher(t).matches()
                || COPYRIGHT.matcher(t).matches() || SOCIAL_COUNTS.matcher(t).matches()
                || wordCount(t) <= BYLINE_MAX_WORDS && BYLINE.matcher(t).matches()) {
            return true;
        }
        if (previousHeading != null && t.indexOf(' ') < 0 && alnum(t).equals(alnum(previousHeading))) {
            return true;
        }
        return wordCount(t) <= WIDGET_MAX_WORDS && WIDGET_LINE.matcher(t).matches();
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String headingKey(String heading) {
        return heading.toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static String alnum(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
