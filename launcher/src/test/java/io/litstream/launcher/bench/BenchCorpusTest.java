package io.litstream.launcher.bench;

import io.litstream.bench.BenchCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.demo.SampleCorpus;
import io.litstream.topics.article.RawArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

    @Test
    void buildsTheAskedNumberOfDistinctArticlesOfRoughlyTheAskedLengthFromRealText(@TempDir Path dir) {
        SampleCorpus.copyTo(dir);
        List<RawArticle> articles = BenchCorpus.build(dir, 30, 1000, 42);

        assertEquals(30, articles.size());
        assertEquals(30, articles.stream().map(RawArticle::id).distinct().count());
        for (RawArticle a : articles) {
            int words = a.text().split("\\s+").length;
            assertTrue(words >= 1000 && words < 1400, "about 1000 words: " + words);
        }
        assertEquals(articles.get(7).text(), BenchCorpus.build(dir, 30, 1000, 42).get(7).text(), "a fixed seed repeats");
    }

    @Test
    void articlesComeFromTheAskedNumberOfWebHostsAndARenamedCopyHasTheSameText(@TempDir Path dir) {
        SampleCorpus.copyTo(dir);
        BenchCorpus articles = BenchCorpus.build(dir, 40, 200, 42, 8, "bench:");

        assertEquals(8, articles.stream().map(a -> java.net.URI.create(a.url()).getHost()).distinct().count());
        RawArticle renamed = articles.withIdPrefix("run-2:").get(5);
        assertEquals("run-2:5", renamed.id());
        assertEquals(articles.get(5).text(), renamed.text());
        assertEquals(10, articles.first(10).size());
    }

    @Test
    void aLargerCorpusOfTheSameKindKeepsTheArticlesTheyShare(@TempDir Path dir) {
        SampleCorpus.copyTo(dir);
        BenchCorpus articles = BenchCorpus.build(dir, 5, 200, 42);
        BenchCorpus warmUp = articles.ofSize(12);

        assertEquals(12, warmUp.size());
        assertEquals(articles.get(4).text(), warmUp.get(4).text());
        assertEquals(12, warmUp.stream().map(RawArticle::id).distinct().count());
    }
}
