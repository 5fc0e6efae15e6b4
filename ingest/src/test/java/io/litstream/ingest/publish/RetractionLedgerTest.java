package io.litstream.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.state.InMemoryStateStore;
import io.litstream.ingest.state.StateKeys;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.article.RawArticle.SourceKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetractionLedgerTest {
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final RetractionLedger ledger = new RetractionLedger(state);

    @Test
    void aRetractedPmidTombstonesTheDoiIdTheArticleWasPublishedUnder() {
        published("doi:10.1000/trial.1", "31000001", "10.1000/trial.1");

        List<String> ids = ledger.claim(Retraction.ofPubmed("31000001", null, "PubMed: Retracted Publication"));

        assertEquals(List.of("pmid:31000001", "doi:10.1000/trial.1"), ids);
    }

    @Test
    void aRetractionIsTombstonedOnceEvenWhenTheNoticeComesAgain() {
        published("pmid:31000002", "31000002", null);
        Retraction notice = Retraction.ofPubmed("31000002", null, "PubMed: Retraction of Publication");

        List<String> first = ledger.claim(notice);
        List<String> whileInFlight = ledger.claim(notice);
        first.forEach(id -> ledger.confirmed(id, notice.reason()));
        List<String> afterwards = ledger.claim(notice);

        assertEquals(List.of("pmid:31000002"), first);
        assertEquals(List.of(), whileInFlight);
        assertEquals(List.of(), afterwards);
        assertEquals("PubMed: Retraction of Publication", state.get(StateKeys.RETRACTED + "pmid:31000002").orElseThrow());
    }

    @Test
    void aFailedTombstoneIsTriedAgainByTheNextNotice() {
        published("pmid:31000003", "31000003", null);
        Retraction notice = Retraction.ofPubmed("31000003", null, "list");

        ledger.claim(notice).forEach(ledger::failed);

        assertEquals(List.of("pmid:31000003"), ledger.claim(notice));
    }

    @Test
    void aListEntryForAnArticleNeverPublishedSendsNothing() {
        Retraction fromList = Retraction.ofListedPmid("99999999", "retraction list");

        assertEquals(List.of(), ledger.claim(fromList));
    }

    @Test
    void aRetractedArticleIsRecognisedByItsPmidWhateverItsId() {
        published("doi:10.1000/trial.4", "31000004", "10.1000/trial.4");
        ledger.claim(Retraction.ofPubmed("31000004", null, "notice")).forEach(id -> ledger.confirmed(id, "notice"));

        assertTrue(ledger.isRetracted(article("doi:10.1000/other-version", "31000004", null)));
        assertTrue(ledger.isRetracted(article("pmc:PMC123", null, "10.1000/TRIAL.4")));
        assertFalse(ledger.isRetracted(article("pmid:31000005", "31000005", null)));
    }

    private void published(String id, String pmid, String doi) {
        state.put(StateKeys.PUBLISHED_HASH + id, "hash-of-" + id);
        state.put(StateKeys.FIRST_BY_PMID + pmid, id);
        if (doi != null) {
            state.put(StateKeys.FIRST_BY_DOI + doi, id);
        }
    }

    private static RawArticle article(String id, String pmid, String doi) {
        String text = "Trial of a therapy.";
        return new RawArticle(id, "https://example.org/" + id, SourceKind.PUBMED, "text", "Trial", text, null, doi,
                pmid, null, 2020, "h", Instant.EPOCH, List.of(), null, null, null);
    }

    @Test
    void aDeletedFileRetractsTheArticleLastPublishedFromIt() {
        RawArticle fromFile = new RawArticle("sha256:0a1b", "/inbox/trial.txt", SourceKind.DIRECTORY, "text", "Trial",
                "Trial of a therapy.", null, null, null, null, null, "h", Instant.EPOCH);
        state.put(StateKeys.PUBLISHED_HASH + fromFile.id(), "h");
        ledger.published(fromFile);

        assertEquals(List.of("sha256:0a1b"), ledger.claim(Retraction.ofDeletedFile("/inbox/trial.txt")));
        assertEquals(List.of(), ledger.claim(Retraction.ofDeletedFile("/inbox/never-read.txt")));
    }
}
