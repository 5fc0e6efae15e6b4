package io.litstream.tools.eval.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.SharedData;
import io.litstream.ingest.read.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JatsEvaluationTest {
    private static final String NXML = """
            <!DOCTYPE article PUBLIC "-//NLM//DTD Journal Archiving and Interchange DTD v2.3 20070202//EN" "archivearticle.dtd">
            <article><front><article-meta><article-id pub-id-type="doi">10.5555/x.1</article-id>
            <title-group><article-title>Sleep and <italic>mood</italic></article-title></title-group>
            <abstract><sec><title>Background</title><p>Sleep loss lowers mood.</p></sec></abstract></article-meta></front>
            <body><sec><title>Results</title><p>Short sleepers were sadder.</p></sec></body></article>
            """;

    @Test
    void sectionLabelsAndHeadingsAreLeftOutOfTheComparison(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("nxml"));
        Files.createDirectories(dir.resolve("txt"));
        Files.writeString(dir.resolve("nxml/PMC1.nxml"), NXML);
        Files.writeString(dir.resolve("txt/PMC1.txt"), "TITLE: \nSleep and \n\nABSTRACT.BACKGROUND:\nSleep loss lowers mood.\n\n"
                + "BODY.RESULTS:\nShort sleepers were sadder.\n");
        JatsEvaluation.Scores scores = new JatsEvaluation(new ArticleReader()).score(dir);
        JatsEvaluation.ArticleScore one = scores.articles().get(0);
        assertEquals(JatsEvaluation.TitleMatch.RENDERING_CUT_AT_MARKUP, one.title(), "the rendering stops at <italic>");
        assertTrue(one.doiFound() && one.doiStated());
        // Only "mood" of the full title is missing from the rendering.
        assertEquals(10.0 / 11, one.words().precision(), 1e-9);
        assertEquals(1.0, one.words().recall(), 1e-9);
    }

    @Test
    void aTitleThatDiffersIsNotExact() {
        assertEquals(JatsEvaluation.TitleMatch.DIFFERENT, JatsEvaluation.match("Sleep and mood", "Mood and sleep"));
        assertEquals(JatsEvaluation.TitleMatch.RENDERING_WITH_SHORT_TITLE, JatsEvaluation.match("Sleep", "SleepShort"));
        assertEquals(JatsEvaluation.TitleMatch.DIFFERENT, JatsEvaluation.match("", "Sleep"));
    }

    @Test
    void thePmcArticlesMeetTheTargets() {
        Path data = SharedData.require("data/evidence-inference/nxml").getParent().getParent();
        JatsEvaluation.Scores scores = JatsEvaluation.run(data);
        assertEquals(200, scores.articles().size());
        assertTrue(scores.meanF1() >= JatsEvaluation.TARGET_F1, scores.detail());
        assertTrue(scores.titleExact() >= JatsEvaluation.TARGET_TITLE, scores.detail());
        assertTrue(scores.doiFound() >= JatsEvaluation.TARGET_DOI, scores.detail());
    }
}
