package io.litstream.tools.eval.score;

/**
 * One measured figure of one evaluation, as printed in a row of {@code ./litstream eval}: the one figure type every evaluation returns.
 *
 * @param task   what was evaluated, e.g. {@code "BC5CDR dev chemicals"}
 * @param metric how it was measured, e.g. {@code "mention F1"}
 * @param value  the measured value (a ratio in [0, 1] for F1, accuracy, recall)
 * @param target the value the issue asks for; {@code value >= target} meets it
 * @param detail a short free-text note (counts, precision/recall, data used)
 */
public record EvalScore(String task, String metric, double value, double target, String detail) {

    public EvalScore {
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("task must be named");
        }
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("metric must be named");
        }
        detail = detail == null ? "" : detail;
    }

    public boolean meetsTarget() {
        return !Double.isNaN(value) && value >= target;
    }
}
