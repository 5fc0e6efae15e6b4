package io.litstream.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.read.Rejection;
import io.litstream.ingest.state.InMemoryStateStore;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RejectionLedgerTest {
    private static final String FILE = "/data/inbox/broken.html";
    private final InMemoryStateStore state = new InMemoryStateStore();

    private static Rejection empty() {
        return new Rejection(DeadLetterReason.EMPTY_BODY, "no text", new byte[0], false);
    }

    private static Rejection binary(String bytes) {
        return new Rejection(DeadLetterReason.BINARY_CONTENT, "not text", bytes.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    @Test
    void anUnchangedFileIsDeadLetteredOnceEvenByALaterProcess() {
        new RejectionLedger(state).recorded(FILE, empty());

        RejectionLedger afterRestart = new RejectionLedger(state);
        assertFalse(afterRestart.isNew(FILE, empty()));
    }

    @Test
    void aFileThatFailsDifferentlyIsNews() {
        RejectionLedger ledger = new RejectionLedger(state);
        ledger.recorded(FILE, binary("\u0000\u0001"));

        assertTrue(ledger.isNew(FILE, binary("\u0000\u0002")), "other bytes");
        assertTrue(ledger.isNew(FILE, empty()), "other reason");
    }

    @Test
    void aFileAcceptedInBetweenIsNewsWhenItBreaksAgain() {
        RejectionLedger ledger = new RejectionLedger(state);
        ledger.recorded(FILE, empty());
        ledger.accepted(FILE);

        assertTrue(ledger.isNew(FILE, empty()));
    }

    @Test
    void aFailedFetchIsAlwaysNewsBecauseEachAttemptIsAnEvent() {
        RejectionLedger ledger = new RejectionLedger(state);
        ledger.recorded("https://feeds.example.org/rss", empty());

        assertTrue(ledger.isNew("https://feeds.example.org/rss", empty()));
    }

    @Test
    void nothingIsRememberedUntilTheDeadLetterIsWritten() {
        assertTrue(new RejectionLedger(state).isNew(FILE, empty()));
    }
}
