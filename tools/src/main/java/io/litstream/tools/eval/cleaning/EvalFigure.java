package io.litstream.tools.eval.cleaning;

/**
 * One figure of an ingest evaluation, in the shape {@code litstream eval} prints.
 *
 * @param task   what was measured
 * @param metric the unit ("word F1", "articles/s")
 * @param value  the measured value
 * @param target the value the project commits to reach
 * @param detail one human-readable line
 */
public record EvalFigure(String task, String metric, double value, double target, String detail) {
}
