package io.litstream.tools.eval.claims;

/**
 * What the audit scorer counted over some documents. Claims from labelled sentences only: a claim
 * from an unlabelled sentence scores nothing (the audit README's rule).
 *
 * @param onFindings    claims whose sentence is a labelled finding
 * @param onNonFindings claims whose sentence is a labelled non-finding (each one wrong)
 * @param matched       claims on a finding whose therapy is one of that sentence's entries
 * @param allRight      matched claims right on therapy, type, polarity, hedging and evidence level
 * @param mainFound     main findings with a claim of the right therapy and polarity on their sentence
 * @param unlocated     claims whose sentence was not found in the labelled text
 */
record AuditCounts(int onFindings, int onNonFindings, int matched, int typeRight, int polarityRight,
                   int hedgedRight, int evidenceRight, int allRight, int main, int mainFound, int unlocated) {
    static final AuditCounts NONE = new AuditCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    AuditCounts plus(AuditCounts o) {
        return new AuditCounts(onFindings + o.onFindings, onNonFindings + o.onNonFindings, matched + o.matched,
                typeRight + o.typeRight, polarityRight + o.polarityRight, hedgedRight + o.hedgedRight,
                evidenceRight + o.evidenceRight, allRight + o.allRight, main + o.main, mainFound + o.mainFound,
                unlocated + o.unlocated);
    }

    int labelled() {
        return onFindings + onNonFindings;
    }

    /** Every attribute right, over all claims from labelled sentences. */
    double claimPrecision() {
        return ratio(allRight, labelled());
    }

    double findingPrecision() {
        return ratio(onFindings, labelled());
    }

    double therapyPrecision() {
        return ratio(matched, onFindings);
    }

    double polarityPrecision() {
        return ratio(polarityRight, matched);
    }

    double evidencePrecision() {
        return ratio(evidenceRight, matched);
    }

    double typePrecision() {
        return ratio(typeRight, matched);
    }

    double hedgedPrecision() {
        return ratio(hedgedRight, matched);
    }

    double mainRecall() {
        return ratio(mainFound, main);
    }

    private static double ratio(int n, int d) {
        return d == 0 ? Double.NaN : (double) n / d;
    }
}
