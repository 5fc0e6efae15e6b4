package io.litstream.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.dedupe.DuplicateKind;
import io.litstream.ingest.dedupe.Texts;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.ingest.state.InMemoryStateStore;
import io.litstream.ingest.state.StateKeys;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationLedgerTest {
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final ArticleReader reader = new ArticleReader();
    @TempDir
    Path inbox;

    @Test
    void theSamePressReleaseOnTwoSitesIsPublishedOnceAndLinkedToTheFirst() {
        PublicationLedger ledger = new PublicationLedger(state);
        RawArticle first = page("https://wire.example.org/news/psilocybin-trial", """
                <nav><a href="/">Home</a> <a href="/health">Health</a> <a href="/science">Science</a></nav>
                <article><h1>Psilocybin therapy eases resistant depression</h1><p>%s</p></article>
                <footer>Wire Example Ltd. Contact us. Terms.</footer>""".formatted(Texts.PRESS_RELEASE));
        RawArticle copy = page("https://daily.example.com/2026/03/mushroom-drug-depression", """
                <header><div class="logo">Springfield Daily</div><p>Your trusted local news since 1902</p></header>
                <div class="content"><h1>Magic mushroom compound helps hard-to-treat depression</h1>
                <p class="byline">By Staff Reporter, Springfield Daily</p><p>%s</p>
                <p>Springfield Daily is an independent newspaper serving the county.</p></div>
                <div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Council budget</a></li></ul></div>
                """.formatted(Texts.PRESS_RELEASE));

        assertInstanceOf(PublicationLedger.Publish.class, confirm(ledger, first));
        PublicationLedger.Decision second = ledger.decide(copy);

        PublicationLedger.Copy linked = assertInstanceOf(PublicationLedger.Copy.class, second);
        assertEquals(first.id(), linked.duplicate().firstId());
        assertEquals(DuplicateKind.NEAR, linked.duplicate().kind());
        assertTrue(state.get(StateKeys.DUPLICATE + copy.id()).orElseThrow().contains(first.id()));
    }

    @Test
    void twoDifferentArticlesOnTheSameDrugAreBothPublished() {
        PublicationLedger ledger = new PublicationLedger(state);
        assertInstanceOf(PublicationLedger.Publish.class, confirm(ledger, text("trial.txt", Texts.ESKETAMINE_TRIAL)));
        assertInstanceOf(PublicationLedger.Publish.class, confirm(ledger, text("review.txt", Texts.ESKETAMINE_REVIEW)));
    }

    @Test
    void copiesReadWhileTheFirstIsStillInFlightAreNotPublished() {
        PublicationLedger ledger = new PublicationLedger(state);
        RawArticle a = text("a.txt", Texts.PRESS_RELEASE);
        RawArticle b = text("b.txt", "Reposted from the wire. " + Texts.PRESS_RELEASE);
        assertInstanceOf(PublicationLedger.Publish.class, ledger.decide(a));
        assertInstanceOf(PublicationLedger.Copy.class, ledger.decide(b));
    }

    @Test
    void afterARestartNothingKnownIsPublishedAgain() {
        PublicationLedger before = new PublicationLedger(state);
        RawArticle a = text("a.txt", Texts.ESKETAMINE_TRIAL);
        RawArticle copy = text("copy.txt", "Shared by a reader: " + Texts.ESKETAMINE_TRIAL);
        confirm(before, a);
        assertInstanceOf(PublicationLedger.Copy.class, before.decide(copy));

        PublicationLedger after = new PublicationLedger(state);
        assertInstanceOf(PublicationLedger.Unchanged.class, after.decide(a));
        assertInstanceOf(PublicationLedger.Copy.class, after.decide(copy));
        assertInstanceOf(PublicationLedger.Copy.class, after.decide(text("third.txt", "Via a blog. " + Texts.ESKETAMINE_TRIAL)));
    }

    @Test
    void aFailedSendLeavesNoTraceSoTheNextReadPublishes() {
        PublicationLedger ledger = new PublicationLedger(state);
        RawArticle a = text("a.txt", Texts.ESKETAMINE_REVIEW);
        ledger.failed((PublicationLedger.Publish) ledger.decide(a));
        assertInstanceOf(PublicationLedger.Publish.class, ledger.decide(a));
        assertInstanceOf(PublicationLedger.Publish.class,
                new PublicationLedger(new InMemoryStateStore()).decide(text("b.txt", "Copy: " + Texts.ESKETAMINE_REVIEW)));
    }

    @Test
    void anEditedVersionOfAPublishedArticleIsAnUpdateNotACopy() {
        PublicationLedger ledger = new PublicationLedger(state);
        RawArticle v1 = withPmid(text("v1.txt", Texts.ESKETAMINE_TRIAL), "123");
        RawArticle v2 = withPmid(text("v2.txt", Texts.ESKETAMINE_TRIAL + " Corrected on 2 May."), "123");
        confirm(ledger, v1);
        assertInstanceOf(PublicationLedger.Publish.class, ledger.decide(v2));
    }

    @Test
    void theSamePmidUnderAnotherIdIsAnExactCopy() {
        PublicationLedger ledger = new PublicationLedger(state);
        RawArticle withDoi = withIds(text("a.txt", Texts.ESKETAMINE_TRIAL), "doi:10.1000/x", "10.1000/x", "123");
        RawArticle pmidOnly = withIds(text("b.txt", Texts.ESKETAMINE_REVIEW), "pmid:123", null, "123");
        confirm(ledger, withDoi);
        PublicationLedger.Copy c = assertInstanceOf(PublicationLedger.Copy.class, ledger.decide(pmidOnly));
        assertEquals(DuplicateKind.PMID, c.duplicate().kind());
    }

    @Test
    void anEditedFileWithoutIdentifiersIsAnUpdateOfTheSameArticleNotACopyOfItself() throws IOException {
        PublicationLedger ledger = new PublicationLedger(state);
        RawArticle v1 = file("notes/trial.txt", Texts.ESKETAMINE_TRIAL);
        RawArticle v2 = file("notes/trial.txt", Texts.ESKETAMINE_TRIAL + " Corrected on 2 May: two more sites joined.");
        assertEquals(v1.id(), v2.id(), "the path is the identity");
        assertEquals("file:" + inbox.getFileName() + "/notes/trial.txt", v1.id());
        confirm(ledger, v1);
        assertInstanceOf(PublicationLedger.Publish.class, ledger.decide(v2));
    }

    @Test
    void aFileReadWhileStillBeingWrittenIsUpdatedByItsCompleteVersion() throws IOException {
        PublicationLedger ledger = new PublicationLedger(state);
        String whole = Texts.ESKETAMINE_TRIAL + " " + Texts.ESKETAMINE_REVIEW;
        confirm(ledger, file("growing.txt", whole.substring(0, whole.length() / 2)));
        PublicationLedger.Decision complete = ledger.decide(file("growing.txt", whole));
        assertInstanceOf(PublicationLedger.Publish.class, complete);
    }

    @Test
    void aRestartedIngesterPublishesNothingTwiceAndAnEditAfterTheRestartIsStillAnUpdate() throws IOException {
        RawArticle v1 = file("a.txt", Texts.ESKETAMINE_REVIEW);
        confirm(new PublicationLedger(state), v1);

        PublicationLedger restarted = new PublicationLedger(state);
        assertInstanceOf(PublicationLedger.Unchanged.class, restarted.decide(file("a.txt", Texts.ESKETAMINE_REVIEW)));
        RawArticle v2 = file("a.txt", Texts.ESKETAMINE_REVIEW + " Updated with the twelve-month follow-up.");
        PublicationLedger.Publish update = assertInstanceOf(PublicationLedger.Publish.class, restarted.decide(v2));
        assertEquals(v1.id(), update.article().id());
    }

    @Test
    void theSameTextInTwoFilesIsStillACopy() throws IOException {
        PublicationLedger ledger = new PublicationLedger(state);
        confirm(ledger, file("wire.txt", Texts.PRESS_RELEASE));
        PublicationLedger.Copy c = assertInstanceOf(PublicationLedger.Copy.class,
                ledger.decide(file("blog.txt", "Reposted from the wire. " + Texts.PRESS_RELEASE)));
        assertEquals(DuplicateKind.NEAR, c.duplicate().kind());
    }

    @Test
    void aFileThatWasACopyIsJudgedAfreshWhenItsContentChanges() throws IOException {
        PublicationLedger ledger = new PublicationLedger(state);
        confirm(ledger, file("wire.txt", Texts.PRESS_RELEASE));
        assertInstanceOf(PublicationLedger.Copy.class, ledger.decide(file("mine.txt", Texts.PRESS_RELEASE)));
        // The copy was overwritten with an article of its own: that one is published.
        assertInstanceOf(PublicationLedger.Publish.class, ledger.decide(file("mine.txt", Texts.ESKETAMINE_TRIAL)));
    }

    @Test
    void anUpdatedPageKeepsItsCanonicalUrlAsItsId() {
        PublicationLedger ledger = new PublicationLedger(state);
        String url = "https://clinic.example.org/blog/ketamine-clinic";
        RawArticle v1 = page(url, "<article><h1>Ketamine at our clinic</h1><p>" + Texts.ESKETAMINE_REVIEW + "</p></article>");
        RawArticle v2 = page(url, "<article><h1>Ketamine at our clinic</h1><p>" + Texts.ESKETAMINE_REVIEW
                + " Updated: we now also offer esketamine nasal spray.</p></article>");
        assertEquals("url:" + url, v1.id());
        assertEquals(v1.id(), v2.id());
        confirm(ledger, v1);
        assertInstanceOf(PublicationLedger.Publish.class, ledger.decide(v2));
    }

    private RawArticle file(String relative, String text) throws IOException {
        Path f = inbox.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return ((ReadResult.Accepted) reader.read(inbox, f)).article();
    }

    private static PublicationLedger.Decision confirm(PublicationLedger ledger, RawArticle a) {
        PublicationLedger.Decision d = ledger.decide(a);
        if (d instanceof PublicationLedger.Publish p) {
            ledger.confirmed(p);
        }
        return d;
    }

    private RawArticle page(String canonical, String body) {
        String html = "<html><head><link rel=canonical href=\"" + canonical + "\"></head><body>" + body + "</body></html>";
        return read(canonical, "page.html", html);
    }

    private RawArticle text(String name, String text) {
        return read(name, name, text);
    }

    private RawArticle read(String source, String name, String content) {
        ReadResult r = reader.read(source, SourceKind.URL, name, content.getBytes(StandardCharsets.UTF_8));
        return ((ReadResult.Accepted) r).article();
    }

    private static RawArticle withPmid(RawArticle a, String pmid) {
        return withIds(a, "pmid:" + pmid, null, pmid);
    }

    private static RawArticle withIds(RawArticle a, String id, String doi, String pmid) {
        return new RawArticle(id, a.source(), a.sourceKind(), a.format(), a.title(), a.text(), a.url(),
                doi, pmid, a.pmcid(), a.year(), a.contentHash(), a.ingestedAt());
    }
}
