package io.litstream.ingest.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.ingest.directory.FileChanges.Decision;
import io.litstream.ingest.directory.FileChanges.FileState;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileChangesTest {
    private static final long SETTLE = 100;
    private final FileChanges changes = new FileChanges(SETTLE);
    private final Path file = Path.of("/watched/a.txt");
    private final FileState v1 = new FileState(10, 1000);

    @Test
    void newFileIsReadOnlyAfterTwoMatchingLooksASettleApart() {
        assertEquals(Decision.WAIT, changes.look(file, v1, 0));
        assertEquals(Decision.WAIT, changes.look(file, v1, SETTLE - 1), "too soon after the first look");
        assertEquals(Decision.READ, changes.look(file, v1, SETTLE));
    }

    @Test
    void fileStillGrowingKeepsWaiting() {
        changes.look(file, new FileState(10, 1000), 0);
        assertEquals(Decision.WAIT, changes.look(file, new FileState(20, 1001), 200));
        assertEquals(Decision.WAIT, changes.look(file, new FileState(30, 1002), 400));
        assertEquals(Decision.READ, changes.look(file, new FileState(30, 1002), 500));
    }

    @Test
    void readStateIsNotReadAgain() {
        changes.look(file, v1, 0);
        changes.markRead(file, v1);
        assertEquals(Decision.UNCHANGED, changes.look(file, v1, 1_000));
        assertEquals(Decision.UNCHANGED, changes.look(file, v1, 2_000));
    }

    @Test
    void changedFileIsReadAgainOnceSettled() {
        changes.markRead(file, v1);
        FileState v2 = new FileState(12, 2000);
        assertEquals(Decision.WAIT, changes.look(file, v2, 0));
        assertEquals(Decision.READ, changes.look(file, v2, SETTLE));
    }

    @Test
    void touchedFileWithSameSizeButNewTimeCountsAsChanged() {
        changes.markRead(file, v1);
        FileState touched = new FileState(10, 5000);
        changes.look(file, touched, 0);
        assertEquals(Decision.READ, changes.look(file, touched, SETTLE));
    }

    @Test
    void forgottenFileIsNewAgain() {
        changes.markRead(file, v1);
        changes.forget(file);
        assertEquals(Decision.WAIT, changes.look(file, v1, 0));
        assertEquals(0, changes.filesRead());
    }

    @Test
    void retainOnlyDropsFilesThatVanished() {
        Path other = Path.of("/watched/b.txt");
        changes.markRead(file, v1);
        changes.markRead(other, v1);
        changes.retainOnly(Set.of(other));
        assertEquals(1, changes.filesRead());
        assertEquals(Decision.UNCHANGED, changes.look(other, v1, 0));
    }
}
