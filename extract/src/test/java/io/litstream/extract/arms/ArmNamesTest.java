package io.litstream.extract.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArmNamesTest {
    @Test
    void twoWritingsOfTheSameTreatmentGiveOneName() {
        assertEquals(Optional.of("esketamine"), ArmNames.of("intranasal esketamine 56 mg twice weekly"));
        assertEquals(Optional.of("esketamine"), ArmNames.of("Esketamine"));
        assertEquals(Optional.of("led light box"), ArmNames.of("LED light boxes"));
    }

    @Test
    void anArmOfGenericWordsHasNoName() {
        assertEquals(Optional.empty(), ArmNames.of("group B"));
        assertEquals(Optional.empty(), ArmNames.of("both treatment arms"));
    }
}
