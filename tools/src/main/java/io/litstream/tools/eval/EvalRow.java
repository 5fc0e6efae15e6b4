package io.litstream.tools.eval;

/** One line of the evaluation table. A NaN value means the evaluation could not run (see detail). */
public record EvalRow(String task, String metric, double value, double target, String detail) {
    public boolean meetsTarget() {
        return !Double.isNaN(value) && value >= target;
    }
}
