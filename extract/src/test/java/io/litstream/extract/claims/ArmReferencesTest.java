package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.topics.extraction.TrialArm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Result sentences written about a trial's arms rather than a named therapy. */
class ArmReferencesTest {
    private static final LexiconEntry SERTRALINE = new LexiconEntry("sertraline", "sertraline", EntityKind.THERAPY,
            "DRUG", List.of(), null);

    private static TrialArm arm(String text, TrialArm.Role role, String therapy) {
        return new TrialArm(text, role, therapy, 0, text.length());
    }

    private static final ArmReferences WALKING = new ArmReferences(List.of(
            arm("brisk walking programme (BWP)", TrialArm.Role.INTERVENTION, null),
            arm("gentle stretching", TrialArm.Role.INTERVENTION, null),
            arm("BWP", TrialArm.Role.INTERVENTION, null),
            arm("usual care", TrialArm.Role.COMPARATOR, null)), Map.of());

    private static List<String> ids(List<TherapyRef> refs) {
        return refs.stream().map(r -> r.entry().id()).toList();
    }

    @Test
    void anArmDefinedWithAShortFormIsTheSubjectWhereTheResultsUseTheShortForm() {
        List<TherapyRef> refs = WALKING.subjects("Sleep quality rose more in the BWP group than with usual care.");
        assertEquals(List.of("arm:brisk-walking-programme-bwp"), ids(refs));
        assertEquals("brisk walking programme (BWP)", refs.get(0).surface());
        assertEquals("brisk walking programme (BWP)", refs.get(0).entry().name());
    }

    @Test
    void theFirstArmOutsideTheComparatorClauseIsTheSubject() {
        assertEquals(List.of("arm:gentle-stretching"),
                ids(WALKING.subjects("Gentle stretching lowered tension scores more than BWP did.")));
        assertEquals(List.of("arm:brisk-walking-programme-bwp"),
                ids(WALKING.subjects("Compared with gentle stretching, those receiving BWP slept longer.")));
    }

    @Test
    void aResultOfTheControlArmAloneGivesTheControlNoClaim() {
        assertTrue(WALKING.subjects("The usual care group changed little over the winter.").isEmpty());
    }

    @Test
    void bareArmWordsCountOnlyWhereASentenceSetsTwoSidesAgainstEachOther() {
        assertTrue(WALKING.subjects("Gentle stretching was rated as pleasant.").isEmpty());
        assertEquals(List.of("arm:gentle-stretching"),
                ids(WALKING.subjects("Gentle stretching and BWP reduced fatigue to the same degree.")));
    }

    @Test
    void anArmThatMapsToATherapyIsThatTherapyAndTheInterventionGroupIsTheMostNamedArm() {
        ArmReferences refs = new ArmReferences(List.of(
                arm("sertraline 50 mg", TrialArm.Role.INTERVENTION, "sertraline"),
                arm("sertraline", TrialArm.Role.INTERVENTION, "sertraline"),
                arm("pill placebo", TrialArm.Role.COMPARATOR, null)), Map.of("sertraline", SERTRALINE));
        assertEquals(List.of("sertraline"),
                ids(refs.subjects("The intervention group relapsed less often than the placebo group.")));
        assertEquals(List.of("sertraline"), ids(refs.subjects("Remission rates did not differ between the two groups.")));
    }

    @Test
    void anArmOfOnlyGenericWordsGivesNoSubject() {
        ArmReferences refs = new ArmReferences(List.of(arm("group B", TrialArm.Role.INTERVENTION, null)), Map.of());
        assertTrue(refs.subjects("Scores fell in group B compared with placebo.").isEmpty());
    }

    @Test
    void aComparisonOfAllGroupsAtEnrolmentIsNoResultOfTheIntervention() {
        assertTrue(WALKING.subjects("Age and sex did not differ between the two groups.").isEmpty());
        assertEquals(List.of("arm:brisk-walking-programme-bwp"),
                ids(WALKING.subjects("Fatigue fell by a similar amount in both groups.")));
    }
}
