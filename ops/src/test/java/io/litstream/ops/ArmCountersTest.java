package io.litstream.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.extraction.ArticleExtraction;
import io.litstream.topics.extraction.TrialArm;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArmCountersTest {
    @Test
    void armsAreCountedAsMappedComparatorOrUnmapped() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ArmCounters counters = ArmCounters.register(registry);
        counters.count(new ArticleExtraction("pmid:1", null, null, null, null, null, null, List.of(), List.of(),
                List.of(), 1, 20, List.of(
                        new TrialArm("esketamine 56 mg", TrialArm.Role.INTERVENTION, "esketamine", 0, 16),
                        new TrialArm("placebo", TrialArm.Role.COMPARATOR, null, 20, 27),
                        new TrialArm("LED light box", TrialArm.Role.INTERVENTION, null, 30, 43),
                        new TrialArm("group B", TrialArm.Role.UNKNOWN, null, 50, 57))));
        counters.count(new ArticleExtraction("sha256:2", null, null, null, null, null, null, List.of(), List.of(),
                List.of(), 1, 20));

        assertEquals(1.0, counters.mapped().count());
        assertEquals(1.0, counters.comparator().count());
        assertEquals(2.0, counters.unmapped().count());
        assertEquals(2.0, registry.get("litstream_extract_arms").tag("kind", "unmapped").counter().count());
    }
}
