package io.litstream.topics.extraction;

/** The common depression-trial outcomes by a normalised id; everything else is {@link #OTHER}. */
public enum OutcomeMeasure {
    HAM_D(Sense.LOWER_IS_BETTER),
    MADRS(Sense.LOWER_IS_BETTER),
    BDI(Sense.LOWER_IS_BETTER),
    PHQ_9(Sense.LOWER_IS_BETTER),
    CES_D(Sense.LOWER_IS_BETTER),
    EPDS(Sense.LOWER_IS_BETTER),
    HADS(Sense.LOWER_IS_BETTER),
    GDS(Sense.LOWER_IS_BETTER),
    CGI(Sense.LOWER_IS_BETTER),
    QIDS(Sense.LOWER_IS_BETTER),
    RESPONSE(Sense.HIGHER_IS_BETTER),
    REMISSION(Sense.HIGHER_IS_BETTER),
    RELAPSE(Sense.LOWER_IS_BETTER),
    SUICIDALITY(Sense.LOWER_IS_BETTER),
    ADVERSE_EVENTS(Sense.LOWER_IS_BETTER),
    DROPOUT(Sense.LOWER_IS_BETTER),
    OTHER(Sense.UNKNOWN);

    /** Which way of the measure is good for the patient. */
    public enum Sense {
        LOWER_IS_BETTER,
        HIGHER_IS_BETTER,
        UNKNOWN
    }

    private final Sense sense;

    OutcomeMeasure(Sense sense) {
        this.sense = sense;
    }

    /** Every depression scale listed scores symptoms, so lower is better; response and remission are wanted. */
    public Sense sense() {
        return sense;
    }
}
