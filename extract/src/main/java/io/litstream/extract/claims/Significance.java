package io.litstream.extract.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the numbers of a sentence say about significance: its p-values ("p = 0.03", "P<.001",
 * "p-value = 0·919") and confidence intervals ("HR 0.97, 95% CI 0.73 to 1.29" crosses 1, "mean
 * difference -12 (95% CI -20 to -4)" does not cross 0). Trial reports often state a result only
 * this way ("ear pain 0.5 vs 1.6 days (p=0.008)"). Stateless and thread-safe.
 */
final class Significance {
    /** The conventional threshold; "p = 0.05" itself is read as not significant, "p ≤ 0.05" as significant. */
    private static final double ALPHA = 0.05;
    private static final String NUMBER = "(\\d*[.·]?\\d+)";
    static final Pattern P_VALUE = Pattern.compile(
            "\\bp(?:[- ]?values?)?\\s*(?:\\([^)]{0,20}\\)\\s*)?(<=|>=|≤|≥|<|>|=|of)\\s*" + NUMBER);
    static final Pattern INTERVAL = Pattern.compile(
            "\\b(?:9[059]\\s?%\\s?(?:ci|confidence intervals?|cis?|cri)\\b|\\bci\\b)[^\\d−-]{0,8}([−-]?\\d*[.·]?\\d+)"
                    + "\\s?%?\\s?(?:to|-|–|,|;|\\s)\\s?([−-]?\\d*[.·]?\\d+)");
    /** Ratio measures, whose null value is 1 rather than 0. */
    private static final Pattern RATIO = Pattern.compile(
            "\\b(?:ratios?|hr|or|rr|irr|aor|ahr|odds|hazard|relative risk|risk ratio|rate ratio|fold)\\b");
    /** Difference measures, whose null value is 0; an interval of a single group's mean says nothing. */
    private static final Pattern DIFFERENCE = Pattern.compile(
            "\\b(?:differences?|md|smd|wmd|effect sizes?|reduction|increase|change|cohen's d|hedges' g|beta|β)\\b");
    private static final int MEASURE_LOOKBACK = 60;
    /** A table row pasted as text ends in its p-value column: "MAP (mmHg) 75 ± 11 79 ± 11 0.26". */
    private static final Pattern TABLE_ROW_P = Pattern.compile("(?:^|\\s)(0?[.·]\\d+)\\s*[*†‡]*\\s*$");
    private static final Pattern WORD = Pattern.compile("\\b\\p{L}{2,}\\b");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("\\d+(?:[.·]\\d+)?");
    /** A row has few words and several numbers. */
    private static final int TABLE_MAX_WORDS = 8;
    private static final int TABLE_MIN_NUMBERS = 3;

    /** Counts of significant and non-significant statistics in one sentence. */
    record Reading(int significant, int notSignificant) {
        boolean any() {
            return significant + notSignificant > 0;
        }
    }

    private Significance() {
    }

    /** {@code s}: the sentence lower-cased ({@link ClaimRules#normalise}). */
    static Reading read(String s) {
        if (!hasDigit(s)) {
            return new Reading(0, 0);
        }
        int sig = 0;
        int not = 0;
        Matcher p = P_VALUE.matcher(s);
        while (p.find()) {
            double v = number(p.group(2));
            if (Double.isNaN(v) || v > 1) {
                continue;
            }
            switch (p.group(1)) {
                case "<", "<=", "≤" -> {
                    if (v <= ALPHA) {
                        sig++;
                    } else {
                        not++;
                    }
                }
                case ">", ">=", "≥" -> {
                    if (v >= ALPHA) {
                        not++;
                    }
                }
                default -> {
                    if (v < ALPHA) {
                        sig++;
                    } else {
                        not++;
                    }
                }
            }
        }
        Matcher ci = INTERVAL.matcher(s);
        while (ci.find()) {
            double lo = number(ci.group(1));
            double hi = number(ci.group(2));
            if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
                continue;
            }
            String before = s.substring(Math.max(0, ci.start() - MEASURE_LOOKBACK), ci.start());
            boolean ratio = lo >= 0 && RATIO.matcher(before).find();
            if (!ratio && !(lo < 0) && !DIFFERENCE.matcher(before).find()) {
                continue;
            }
            double none = ratio ? 1 : 0;
            if (lo < none && hi > none) {
                not++;
            } else if (lo > none || hi < none) {
                sig++;
            }
        }
        if (sig + not == 0 && isTableRow(s)) {
            Matcher row = TABLE_ROW_P.matcher(s.strip());
            if (row.find() && afterACell(s.strip(), row.start(1))) {
                double v = number(row.group(1));
                if (v < ALPHA) {
                    sig++;
                } else {
                    not++;
                }
            }
        }
        return new Reading(sig, not);
    }

    /** The row's last number follows a cell (a number, a bracket, a percent sign), not "to" or "-" of a range. */
    private static boolean afterACell(String row, int lastNumber) {
        String before = row.substring(0, lastNumber).strip();
        if (before.isEmpty()) {
            return false;
        }
        char c = before.charAt(before.length() - 1);
        return Character.isDigit(c) || c == ')' || c == ']' || c == '%' || c == '*';
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTableRow(String s) {
        return WORD.matcher(s).results().count() <= TABLE_MAX_WORDS
                && NUMBER_TOKEN.matcher(s).results().count() >= TABLE_MIN_NUMBERS;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.replace('·', '.').replace('−', '-'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
