package io.litstream.aggregate.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.summary.SourceGenre;
import org.junit.jupiter.api.Test;

class SourceClassifierTest {

    @Test
    void articlesWithScholarlyIdsOrIndexUrlsAreJournalRecordsTheRestWebPages() {
        assertEquals(SourceGenre.JOURNAL, SourceClassifier.genre("doi:10.1016/j.x", null));
        assertEquals(SourceGenre.JOURNAL, SourceClassifier.genre("pmid:123", null));
        assertEquals(SourceGenre.JOURNAL, SourceClassifier.genre("pmc:PMC9", null));
        assertEquals(SourceGenre.JOURNAL, SourceClassifier.genre("sha256:ab", "https://pubmed.ncbi.nlm.nih.gov/123/"));
        assertEquals(SourceGenre.WEB, SourceClassifier.genre("sha256:ab", "https://www.someblog.example/post"));
        assertEquals(SourceGenre.WEB, SourceClassifier.genre("sha256:ab", null));
    }

    @Test
    void theSourceIsThePublisherPrefixTheHostOrTheFile() {
        assertEquals("doi:10.1016", SourceClassifier.source("doi:10.1016/j.x", "https://doi.org/10.1016/j.x", null));
        assertEquals("someblog.example", SourceClassifier.source("sha256:ab", "https://www.someblog.example/p", null));
        assertEquals("pubmed", SourceClassifier.source("pmid:1", "https://pubmed.ncbi.nlm.nih.gov/1/", null));
        assertEquals("file:/data/in/a.txt", SourceClassifier.source("sha256:ab", null, "/data/in/a.txt"));
        assertEquals("unknown", SourceClassifier.source("sha256:ab", null, null));
    }
}
