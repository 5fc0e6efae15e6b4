package io.litstream.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.identity.ArticleUrl;
import io.litstream.ingest.state.InMemoryStateStore;
import io.litstream.ingest.state.StateKeys;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final MinHasher hasher = new MinHasher();

    @Test
    void theSameArticlePageUnderAnotherIdIsAnExactCopyByUrl() {
        DuplicateDetector detector = new DuplicateDetector(state, new NearDuplicateIndex());
        RawArticle first = article("sha256:a", "https://x.org/news/1", "hash-a", Texts.ESKETAMINE_TRIAL);
        detector.confirm(first, hasher.signature(first.text()));
        RawArticle again = article("sha256:b", "https://x.org/news/1", "hash-b", Texts.ESKETAMINE_REVIEW);

        Duplicate d = detector.find(again, hasher.signature(again.text())).orElseThrow();
        assertEquals(new Duplicate("sha256:a", DuplicateKind.URL, 1.0), d);
    }

    @Test
    void aHomePageDeclaredCanonicalOnEveryPageLinksNothing() {
        assertFalse(ArticleUrl.isArticleUrl("https://x.org/"));
        assertFalse(ArticleUrl.isArticleUrl("https://x.org"));
        assertTrue(ArticleUrl.isArticleUrl("https://x.org/news/1"));
        DuplicateDetector detector = new DuplicateDetector(state, new NearDuplicateIndex());
        detector.confirm(article("sha256:a", "https://x.org/", "hash-a", Texts.ESKETAMINE_TRIAL), Optional.empty());
        assertTrue(detector.find(article("sha256:b", "https://x.org/", "hash-b", Texts.ESKETAMINE_REVIEW), Optional.empty()).isEmpty());
    }

    @Test
    void fingerprintsPushedOutOfTheWindowAreForgottenInTheStateToo() {
        DuplicateDetector detector = new DuplicateDetector(state, new NearDuplicateIndex(1, 0.5));
        RawArticle a = article("sha256:a", null, "hash-a", Texts.ESKETAMINE_TRIAL);
        RawArticle b = article("sha256:b", null, "hash-b", Texts.ESKETAMINE_REVIEW);
        detector.reserve(a, hasher.signature(a.text()));
        detector.confirm(a, hasher.signature(a.text()));
        detector.reserve(b, hasher.signature(b.text()));
        detector.confirm(b, hasher.signature(b.text()));
        assertEquals(1, state.withPrefix(StateKeys.FINGERPRINT).size());
        assertTrue(state.get(StateKeys.FINGERPRINT + "sha256:b").isPresent());
    }

    private static RawArticle article(String id, String url, String hash, String text) {
        return new RawArticle(id, "test", SourceKind.URL, "text", null, text, url, null, null, null, null, hash,
                Instant.EPOCH);
    }
}
