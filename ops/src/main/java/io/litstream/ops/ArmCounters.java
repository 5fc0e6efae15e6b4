package io.litstream.ops;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.TrialArm;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the trial arms extract finds ({@code litstream_extract_arms_total}), by what becomes of
 * them: {@code mapped} arms count for their therapy, {@code comparator} arms are controls, and
 * {@code unmapped} arms (an intervention or unknown arm that names no known therapy: "intensive
 * group intervention", "LED light box") stay in the extraction only. The unmapped share is what a
 * lexicon addition or a new-therapy rule would win back.
 */
public record ArmCounters(Counter mapped, Counter comparator, Counter unmapped) {
    static ArmCounters register(MeterRegistry registry) {
        return new ArmCounters(counter(registry, "mapped"), counter(registry, "comparator"),
                counter(registry, "unmapped"));
    }

    private static Counter counter(MeterRegistry registry, String kind) {
        return Counter.builder("litstream_extract_arms").tag("kind", kind)
                .description("trial arms found by extract, by whether they map to a therapy").register(registry);
    }

    public void count(ArticleExtraction extraction) {
        for (TrialArm arm : extraction.armsOrEmpty()) {
            (arm.therapy() != null ? mapped : arm.role() == TrialArm.Role.COMPARATOR ? comparator : unmapped)
                    .increment();
        }
    }
}
