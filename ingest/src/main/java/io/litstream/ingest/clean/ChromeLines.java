package io.litstream.ingest.clean;

import java.util.regex.Pattern;

/**
 * Recognises whole lines that are widget chrome whatever element they came from: reading-time
 * badges, counters ("12 replies", "Posts: 340"), Q&amp;A-site reputation lines, "Loading...",
 * lone "Share", "Reply" or "Sort by" controls, "Table of contents" and "Show caption" toggles, and
 * the byline and dateline strip of an article ("By Ann Lee", "Updated March 3, 2025"). Only a line
 * that is nothing but such a label goes: the same words inside a sentence are text. The publication
 * date itself is metadata, read from the page's markup, not from its text.
 */
final class ChromeLines {
    private static final Pattern CHROME = Pattern.compile("(?i)^(?:"
            + "\\d+\\s*min(?:ute)?s? read|loading\\.*|reply|share|print|email|sponsored|advertisement|filters?"
            + "|posts?:\\s*[\\d,]+|[\\d,.]+k?\\s*(?:likes?|views?|replies|comments?|reviews?)"
            + "|joined:?.*\\d{4}|.*\\b(?:gold|silver|bronze) badges?\\b.*"
            + "|(?:answered|asked|edited) .* at \\d{1,2}:\\d{2}|follow us.*|sort by:?.*"
            + "|skip to (?:main )?content|back to top|\\(\\d+\\)"
            + "|table of contents|contents|in this article|(?:show|hide) caption|enlarge(?: image)?|end of article"
            + "|share (?:this|on)(?: post| article| story| page)?:?|sponsored ad|subscribe|advertisement - scroll to continue"
            + "|(?:published|posted|updated|last updated|modified)(?: on)?:?)$");
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DATE = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?"
            + "(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? \\d{4}|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}"
            + "|" + MONTH + ",? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})"
            + "(?:,? (?:at )?\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?";
    /** A dateline: a date alone, or behind "Published", "Updated", "Last updated on" and the like, perhaps with its author. */
    private static final Pattern DATELINE = Pattern.compile("(?i)^(?:(?:published|posted|updated|last updated|"
            + "last modified|modified|reviewed)(?: on)?:? )?" + DATE + "(?: by \\p{Lu}[^!?]{1,50})?$");
    /** A byline: "By Ann Lee", "Written by Dr. Ann Lee, MD": a name after the word, no sentence following. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Bb]y|BY|(?:[Ww]ritten|[Rr]eviewed|[Mm]edically reviewed|[Ff]act[- ]checked|[Ee]dited|[Pp]osted) by:?)"
            + " (?!.*\\. \\p{Ll})\\p{Lu}[^!?]{1,60}$");

    private ChromeLines() {
    }

    static boolean isChrome(String line) {
        if (line.length() > 80) {
            return false;
        }
        String s = line.strip();
        return CHROME.matcher(s).matches() || DATELINE.matcher(s).matches() || BYLINE.matcher(s).matches();
    }
}
