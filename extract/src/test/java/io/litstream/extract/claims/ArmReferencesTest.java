package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.extract.lexicon.EntityKind;
import io.litstream.extract.lexicon.LexiconEntry;
import io.litstream.extract.lexicon.Match;
import io.litstream.extract.nlp.Sentence;
import io.litstream.extract.structure.Block;
import io.litstream.extract.structure.BlockKind;
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

    private static final LexiconEntry MIRTAZAPINE = new LexiconEntry("mirtazapine", "mirtazapine", EntityKind.THERAPY,
            "DRUG", List.of(), null);

    /** A methods sentence, with the lexicon's matches of the given therapies in it. */
    private static AnnotatedSentence methods(int index, String text, LexiconEntry... therapies) {
        List<Match> matches = new java.util.ArrayList<>();
        for (LexiconEntry t : therapies) {
            int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(t.name());
            matches.add(new Match(t, at, at + t.name().length(), text.substring(at, at + t.name().length()), 0, 0));
        }
        return new AnnotatedSentence(new Sentence(index, text, 0, text.length(), List.of()),
                new Block(1, BlockKind.PARAGRAPH, text, 1, "Methods", -1), matches, List.of());
    }

    @Test
    void aGroupLabelTheMethodsDefineResolvesToItsTherapyAndALabelledControlIsNoSubject() {
        ArmReferences refs = new ArmReferences(List.of(
                arm("sertraline", TrialArm.Role.INTERVENTION, "sertraline"),
                arm("mirtazapine", TrialArm.Role.INTERVENTION, "mirtazapine"),
                arm("placebo", TrialArm.Role.COMPARATOR, null)), List.of(
                methods(0, "Group A (n = 40) received sertraline and group B (n = 41) a matching placebo.", SERTRALINE),
                methods(1, "A third arm took mirtazapine (Group C) at night.", MIRTAZAPINE)));
        assertEquals(List.of("sertraline"), ids(refs.subjects("Sleep onset was shorter in group A than in group B.")));
        assertEquals(List.of("sertraline"), ids(refs.subjects("Compared with group B, Group A woke less often.")));
        assertEquals(List.of("mirtazapine"), ids(refs.subjects("Weight rose most in group C (P = 0.01).")));
        assertTrue(refs.subjects("Group B reported more headaches.").isEmpty());
    }

    @Test
    void aLabelWrittenInCapitalsIsDefinedAndResolvedLikeAnyOther() {
        ArmReferences refs = new ArmReferences(List.of(
                arm("sertraline", TrialArm.Role.INTERVENTION, "sertraline"),
                arm("placebo", TrialArm.Role.COMPARATOR, null)), List.of(
                methods(0, "GROUP A took sertraline each morning; GROUP B took placebo.", SERTRALINE)));
        assertEquals(List.of("sertraline"), ids(refs.subjects("Anxiety eased more in GROUP A than in GROUP B.")));
    }

    @Test
    void aLabelDefinedAsTwoDifferentArmsResolvesToNeither() {
        ArmReferences refs = new ArmReferences(List.of(arm("sertraline", TrialArm.Role.INTERVENTION, "sertraline")),
                List.of(methods(0, "Group 1 received sertraline.", SERTRALINE),
                        methods(1, "In the second phase, group 1 received mirtazapine.", MIRTAZAPINE)));
        assertTrue(refs.subjects("Mood improved more in group 1 than in group 2.").isEmpty());
    }

    @Test
    void aShortFormTheArticleDefinesForAnArmIsThatArm() {
        ArmReferences refs = new ArmReferences(List.of(
                arm("structured peer support", TrialArm.Role.INTERVENTION, null),
                arm("usual care", TrialArm.Role.COMPARATOR, null)), List.of(
                methods(0, "Mothers were offered structured peer support (SPS) or usual care for twelve weeks.")));
        assertEquals(List.of("arm:structured-peer-support"),
                ids(refs.subjects("SPS mothers scored lower on the EPDS than those in usual care.")));
    }
}
