package io.litstream.ingest.clean;

import java.util.regex.Pattern;

/**
 * Recognises whole lines that are widget chrome whatever element they came from: reading-time
 * badges, counters ("12 replies", "Posts: 340"), Q&amp;A-site reputation lines, "Loading...",
 * lone "Share", "Reply" or "Sort by" controls. Only a line that is nothing but such a label goes:
 * the same words inside a sentence are text.
 */
final class ChromeLines {
    private static final Pattern CHROME = Pattern.compile("(?i)^(?:"
            + "\\d+\\s*min(?:ute)?s? read|loading\\.*|reply|share|print|email|sponsored|advertisement|filters?"
            + "|posts?:\\s*[\\d,]+|[\\d,.]+k?\\s*(?:likes?|views?|replies|comments?|reviews?)"
            + "|joined:?.*\\d{4}|.*\\b(?:gold|silver|bronze) badges?\\b.*"
            + "|(?:answered|asked|edited) .* at \\d{1,2}:\\d{2}|follow us.*|sort by:?.*"
            + "|skip to (?:main )?content|back to top|\\(\\d+\\))$");

    private ChromeLines() {
    }

    static boolean isChrome(String line) {
        return line.length() <= 80 && CHROME.matcher(line.strip()).matches();
    }
}
