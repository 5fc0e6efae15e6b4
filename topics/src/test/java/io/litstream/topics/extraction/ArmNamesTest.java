package io.litstream.topics.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArmNamesTest {
    @Test
    void twoWritingsOfTheSameTreatmentGiveOneName() {
        assertEquals(Optional.of("esketamine"), ArmNames.of("intranasal esketamine 56 mg twice weekly"));
        assertEquals(Optional.of("esketamine"), ArmNames.of("Esketamine"));
        assertEquals(Optional.of("led light box"), ArmNames.of("LED light boxes"));
        assertEquals(Optional.of("bright light"), ArmNames.of("Bright light therapy, 30 min daily"));
    }

    @Test
    void anArmOfGenericWordsHasNoName() {
        assertEquals(Optional.empty(), ArmNames.of("group B"));
        assertEquals(Optional.empty(), ArmNames.of("both treatment arms"));
        assertEquals(Optional.empty(), ArmNames.of("control group"));
        assertEquals(Optional.empty(), ArmNames.of("matching placebo"));
        assertEquals(Optional.empty(), ArmNames.of("usual care"));
        assertEquals(Optional.empty(), ArmNames.of("treatment as usual"));
        assertEquals(Optional.empty(), ArmNames.of("wait-list control condition"));
    }

    @Test
    void careIsGenericOnlyAfterAWordThatMakesItUsual() {
        assertEquals(Optional.of("collaborative care"), ArmNames.of("collaborative care"));
        assertEquals(Optional.of("music"), ArmNames.of("music plus usual care"));
    }
}
