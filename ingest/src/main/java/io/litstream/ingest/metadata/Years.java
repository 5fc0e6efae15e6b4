package io.litstream.ingest.metadata;

import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication year, conservatively: a wrong year is worse than none, since downstream
 * stages weigh evidence by recency. A year is taken from an explicit date value, from the words
 * after a "published"-like label, or from a full written date near the top of the text; bare
 * four-digit numbers elsewhere (copyright lines, cited studies, dosages) are ignored.
 */
public final class Years {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?i)\\b(?:published(?: online)?|publication date|date of publication|first published|epub(?: date)?"
                    + "|posted(?: on)?|publicado|publicada|publié|publiée|veröffentlicht|pubblicato)\\b");
    private static final String MONTH =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?i)\\b(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})"
                    + "|(\\d{4})\\s+" + MONTH + "\\s+\\d{1,2}\\b"
                    + "|(\\d{4})-\\d{2}-\\d{2}\\b)");
    /** How far after a "published" label the year may stand (labels and values are often in table cells). */
    private static final int LABEL_REACH = 80;
    /** Written dates count only near the top, where a page shows its own date. */
    private static final int DATE_REACH = 1000;
    /** Labels count only in the article's header area. */
    private static final int LABEL_AREA = 4000;

    private Years() {
    }

    /** The first plausible year in a date value such as {@code 2021-05-03}, {@code 2021/5} or {@code May 3, 2021}. */
    public static Optional<Integer> fromDateValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(value);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (plausible(year)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** A year stated as the publication date somewhere near the start of {@code text}. */
    public static Optional<Integer> fromText(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String head = text.substring(0, Math.min(text.length(), LABEL_AREA));
        Matcher label = PUBLISHED_LABEL.matcher(head);
        while (label.find()) {
            String after = text.substring(label.end(), Math.min(text.length(), label.end() + LABEL_REACH));
            Matcher y = YEAR.matcher(after);
            if (y.find() && plausible(Integer.parseInt(y.group(1)))) {
                return Optional.of(Integer.parseInt(y.group(1)));
            }
        }
        Matcher date = WRITTEN_DATE.matcher(text.substring(0, Math.min(text.length(), DATE_REACH)));
        while (date.find()) {
            for (int g = 1; g <= date.groupCount(); g++) {
                if (date.group(g) != null) {
                    int year = Integer.parseInt(date.group(g));
                    if (plausible(year)) {
                        return Optional.of(year);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Between 1900 and next year: the literature ingest deals with, with room for early online dates. */
    static boolean plausible(int year) {
        return year >= 1900 && year <= Year.now().getValue() + 1;
    }
}
