package io.litstream.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a printed page repeats rather than says: running headers and footers (the
 * journal's name, the article's short title, "Page 3 of 12") and bare page numbers. A row near
 * the top or bottom of a page is running when the same text, digits aside, sits near the top or
 * bottom of at least half the pages; a row there holding only a page number goes on any page.
 */
final class RunningLines {
    /** Rows at each end of a page that may be a header or footer. */
    private static final int EDGE_ROWS = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.|seite)?\\s*[-\u2013\u2014(\\[]?\\s*\\d{1,4}\\s*[-\u2013\u2014)\\]]?\\s*((of|/)\\s*\\d{1,4})?|[ivx]{1,5}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private RunningLines() {
    }

    /** The pages with their running rows removed. */
    static List<List<PageRows.Row>> remove(List<List<PageRows.Row>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PageRows.Row> page : pages) {
            Set<String> seen = new HashSet<>();
            for (PageRows.Row row : edges(page)) {
                if (seen.add(key(page, row))) {
                    pagesWith.merge(key(page, row), 1, Integer::sum);
                }
            }
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        List<List<PageRows.Row>> out = new ArrayList<>(pages.size());
        for (List<PageRows.Row> page : pages) {
            Set<PageRows.Row> edges = Set.copyOf(edges(page));
            List<PageRows.Row> kept = new ArrayList<>(page.size());
            for (PageRows.Row row : page) {
                boolean running = edges.contains(row)
                        && (pagesWith.getOrDefault(key(page, row), 0) >= threshold || PAGE_NUMBER.matcher(row.text().strip()).matches());
                if (!running) {
                    kept.add(row);
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static List<PageRows.Row> edges(List<PageRows.Row> page) {
        if (page.size() <= 2 * EDGE_ROWS) {
            return page;
        }
        List<PageRows.Row> edges = new ArrayList<>(page.subList(0, EDGE_ROWS));
        edges.addAll(page.subList(page.size() - EDGE_ROWS, page.size()));
        return edges;
    }

    /**
     * Which end of the page the row is at, with its text, numbers blurred: "Page 3" and "Page 4"
     * are one running line, and a header is never matched with a footer.
     */
    private static String key(List<PageRows.Row> page, PageRows.Row row) {
        String s = DIGITS.matcher(row.text().toLowerCase(Locale.ROOT)).replaceAll("#");
        boolean top = page.indexOf(row) < page.size() / 2;
        return (top ? "top " : "bottom ") + SPACE.matcher(s).replaceAll(" ").strip();
    }
}
