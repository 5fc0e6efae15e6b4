package io.litstream.ingest.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.ingest.directory.FileChanges.Decision;
import io.litstream.ingest.directory.FileChanges.FileState;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileChangesTest {
    private static final long SETTLE_MILLIS = 100;
    /** Wall-clock time (ms) of the first look in each test; files are modified around it. */
    private static final long T0 = 1_000_000;
    private final FileChanges changes = new FileChanges(SETTLE_MILLIS * 1_000_000);
    private final Path file = Path.of("/watched/a.txt");
    private final FileState v1 = new FileState(10, T0);

    /** A look {@code afterMillis} after the first one (monotonic and wall clock agree). */
    private Decision look(FileState state, long afterMillis) {
        return changes.look(file, state, afterMillis * 1_000_000, T0 + afterMillis);
    }

    @Test
    void newFileIsReadOnlyAfterTwoMatchingLooksASettleApart() {
        assertEquals(Decision.WAIT, look(v1, 0));
        assertEquals(Decision.WAIT, look(v1, SETTLE_MILLIS - 1), "too soon after the first look");
        assertEquals(Decision.READ, look(v1, SETTLE_MILLIS));
    }

    @Test
    void fileStillGrowingKeepsWaitingUntilItStops() {
        look(new FileState(10, T0), 0);
        assertEquals(Decision.WAIT, look(new FileState(20, T0 + 200), 200));
        assertEquals(Decision.WAIT, look(new FileState(30, T0 + 400), 400));
        assertEquals(Decision.WAIT, look(new FileState(30, T0 + 400), 450));
        assertEquals(Decision.READ, look(new FileState(30, T0 + 400), 500));
    }

    @Test
    void aFileFirstSeenLongAfterItsLastWriteIsReadAtOnce() {
        // Written elsewhere and renamed into the folder, or there before the source started.
        FileState movedIn = new FileState(10, T0 - 5_000);
        assertEquals(Decision.READ, look(movedIn, 0));
    }

    @Test
    void aFileFirstSeenJustAfterAWriteWaitsForTheSettleInterval() {
        FileState fresh = new FileState(10, T0 - SETTLE_MILLIS / 2);
        assertEquals(Decision.WAIT, look(fresh, 0));
    }

    @Test
    void readStateIsNotReadAgain() {
        look(v1, 0);
        changes.markRead(file, v1);
        assertEquals(Decision.UNCHANGED, look(v1, 1_000));
        assertEquals(Decision.UNCHANGED, look(v1, 2_000));
    }

    @Test
    void changedFileIsReadAgainOnceSettled() {
        changes.markRead(file, v1);
        FileState v2 = new FileState(12, T0);
        assertEquals(Decision.WAIT, look(v2, 0));
        assertEquals(Decision.READ, look(v2, SETTLE_MILLIS));
    }

    @Test
    void touchedFileWithSameSizeButNewTimeCountsAsChanged() {
        changes.markRead(file, new FileState(10, T0 - 10_000));
        look(v1, 0);
        assertEquals(Decision.READ, look(v1, SETTLE_MILLIS));
    }

    @Test
    void forgottenFileIsNewAgain() {
        changes.markRead(file, v1);
        changes.forget(file);
        assertEquals(Decision.WAIT, look(v1, 0));
        assertEquals(0, changes.filesRead());
    }

    @Test
    void retainOnlyDropsFilesThatVanished() {
        Path other = Path.of("/watched/b.txt");
        changes.markRead(file, v1);
        changes.markRead(other, v1);
        changes.retainOnly(Set.of(other));
        assertEquals(1, changes.filesRead());
        assertEquals(Decision.UNCHANGED, changes.look(other, v1, 0, T0));
    }
}
