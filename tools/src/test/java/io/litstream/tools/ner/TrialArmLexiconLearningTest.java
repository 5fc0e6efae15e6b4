package io.litstream.tools.ner;

import io.litstream.extract.ner.NerTokenizer;
import io.litstream.extract.ner.TrialArmLexicon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.litstream.extract.nlp.NlpModels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialArmLexiconLearningTest {
    private static final String PROMPTS = """
            PromptID,PMCID,Outcome,Intervention,Comparator
            1,100,HbA1c,Metformin plus diet,placebo
            2,100,body weight,Metformin plus diet,placebo
            3,200,HbA1c at 12 weeks,metformin,usual care
            4,300,pain,"Exercise, supervised",placebo
            """;
    private static NerTokenizer tokenizer;

    @TempDir
    Path dir;

    @BeforeAll
    static void models() throws IOException {
        tokenizer = new NerTokenizer(NlpModels.english());
    }

    private TrialArmLexicon learn(String csv) throws IOException {
        Path file = dir.resolve("prompts.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return TrialArmLexiconLearning.learn(file, tokenizer);
    }

    @Test
    void theShareIsInFifthsOfTheStringsAndTheFrequencyInThreeBands() {
        assertEquals("2_0", TrialArmLexiconLearning.label(0, 0));
        assertEquals("3_0", TrialArmLexiconLearning.label(1, 0));
        assertEquals("0_1", TrialArmLexiconLearning.label(0, 3));
        assertEquals("4_2", TrialArmLexiconLearning.label(30, 0));
        assertEquals("2_2", TrialArmLexiconLearning.label(10, 10));
        assertEquals("0_2", TrialArmLexiconLearning.label(1, 40));
    }

    @Test
    void aStringRepeatedInOneArticleCountsOnce() throws IOException {
        TrialArmLexicon lexicon = learn(PROMPTS);
        // "metformin": arms of articles 100 and 200 (the repeat in 100 not counted), no outcome
        assertEquals(TrialArmLexiconLearning.label(2, 0), lexicon.word(new String[] {"Metformin"}, 0));
        // "placebo": comparators of articles 100 and 300
        assertEquals(TrialArmLexiconLearning.label(2, 0), lexicon.word(new String[] {"placebo"}, 0));
        // "hba1c": two outcome strings
        assertEquals(TrialArmLexiconLearning.label(0, 2), lexicon.word(new String[] {"HbA1c"}, 0));
    }

    @Test
    void pairsIncludeTheStringsEnds() throws IOException {
        TrialArmLexicon lexicon = learn(PROMPTS);
        String[] sentence = {"usual", "care", "or", "metformin"};
        assertEquals(TrialArmLexiconLearning.label(1, 0), lexicon.pair(sentence, -1), "<s> usual");
        assertEquals(TrialArmLexiconLearning.label(1, 0), lexicon.pair(sentence, 0), "usual care");
        assertEquals(TrialArmLexiconLearning.label(1, 0), lexicon.pair(new String[] {"usual", "care"}, 1), "care </s>");
        assertEquals(TrialArmLexicon.UNKNOWN, lexicon.pair(sentence, 1), "care or");
        assertEquals(TrialArmLexiconLearning.label(1, 0), lexicon.pair(sentence, 3), "metformin </s>");
    }

    @Test
    void unknownWordsAndPositionsOutsideTheSentenceHaveTheirOwnLabels() throws IOException {
        TrialArmLexicon lexicon = learn(PROMPTS);
        String[] sentence = {"zebra"};
        assertEquals(TrialArmLexicon.UNKNOWN, lexicon.word(sentence, 0));
        assertEquals(TrialArmLexicon.OUTSIDE, lexicon.word(sentence, -1));
        assertEquals(TrialArmLexicon.OUTSIDE, lexicon.word(sentence, 1));
    }

    @Test
    void withoutThePromptsFileTheLexiconIsEmpty() throws IOException {
        assertSame(TrialArmLexicon.EMPTY, TrialArmLexiconLearning.learn(dir.resolve("absent.csv"), tokenizer));
        assertSame(TrialArmLexicon.EMPTY, learn(""));
    }

    @Test
    void itReadsBackWhatItWrote() throws IOException {
        TrialArmLexicon lexicon = learn(PROMPTS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lexicon.write(new DataOutputStream(bytes));
        TrialArmLexicon back = TrialArmLexicon.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(lexicon, back);
    }
}
