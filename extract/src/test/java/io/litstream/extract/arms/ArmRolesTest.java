package io.litstream.extract.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.extraction.TrialArm.Role;
import org.junit.jupiter.api.Test;

class ArmRolesTest {
    @Test
    void controlConditionsAreComparators() {
        for (String arm : new String[] {"placebo", "matching placebo nasal spray", "sham rTMS", "waitlist",
                "wait-list control", "usual care", "treatment as usual", "the control group", "saline infusion"}) {
            assertEquals(Role.COMPARATOR, ArmRoles.of(arm, false), arm);
        }
    }

    @Test
    void anArmThatNamesATherapyOrSomethingSpecificIsAnIntervention() {
        assertEquals(Role.INTERVENTION, ArmRoles.of("intranasal esketamine 56 mg", true));
        assertEquals(Role.INTERVENTION, ArmRoles.of("LED light box", false));
        assertEquals(Role.INTERVENTION, ArmRoles.of("intensive group intervention", false));
    }

    @Test
    void anArmNamedOnlyByGenericWordsIsUnknown() {
        assertEquals(Role.UNKNOWN, ArmRoles.of("group B", false));
        assertEquals(Role.UNKNOWN, ArmRoles.of("both arms", false));
        assertEquals(Role.UNKNOWN, ArmRoles.of("the active treatment", false));
    }
}
