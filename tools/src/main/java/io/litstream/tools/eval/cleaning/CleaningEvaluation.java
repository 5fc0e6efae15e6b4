package io.litstream.tools.eval.cleaning;

import java.util.Map;

/**
 * The outcome of a cleaning benchmark run, in the shape {@code litstream eval} prints.
 *
 * @param name   what was measured, e.g. "cleaning word F1 (WCXB dev)"
 * @param value  mean word F1 over all pages
 * @param target the value the project commits to reach
 * @param pages  pages scored
 * @param byPageType mean word F1 per WCXB page type (article, forum, product ...)
 * @param detail one human-readable line: precision, recall, pages, per-type figures
 */
public record CleaningEvaluation(String name, double value, double target, int pages,
                                 Map<String, Double> byPageType, String detail) {
    public CleaningEvaluation {
        byPageType = Map.copyOf(byPageType);
    }

    public boolean meetsTarget() {
        return value >= target;
    }
}
