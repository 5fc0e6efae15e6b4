package io.litstream.launcher.pipeline;

import io.litstream.broker.WorkDirLock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkDirLockTest {
    private static final String IDENTITY = "broker.port=1\ncluster.id=test\n";

    @TempDir
    Path work;

    private Settings settings() {
        return Settings.load(null, Map.of(), Map.of(Settings.WORK_DIR, work.toString(), Settings.BOOTSTRAP_TIMEOUT, "1s"));
    }

    private void aLiveBrokerWroteItsIdentity() throws Exception {
        Files.createDirectories(work.resolve("kafka"));
        Files.writeString(work.resolve("kafka/litstream-broker.properties"), IDENTITY);
    }

    @Test
    void aSecondLockOnALiveWorkDirIsRefusedAndNamesTheHolder() {
        try (WorkDirLock held = WorkDirLock.tryAcquire(work, "run").orElseThrow()) {
            assertTrue(WorkDirLock.tryAcquire(work, "reprocess").isEmpty());
            String holder = WorkDirLock.holder(work);
            assertTrue(holder.startsWith("pid " + ProcessHandle.current().pid() + ", litstream run, since "), holder);
        }
        WorkDirLock.tryAcquire(work, "run").orElseThrow().close(); // released: the next start takes it
    }

    @Test
    void aCommandThatNeedsItsOwnBrokerIsRefusedOnALiveWorkDirAndTheIdentityFileIsLeftAlone() throws Exception {
        aLiveBrokerWroteItsIdentity();
        try (WorkDirLock held = WorkDirLock.tryAcquire(work, "run").orElseThrow()) {
            WorkDirLock.WorkDirInUseException e = assertThrows(WorkDirLock.WorkDirInUseException.class,
                    () -> Cluster.connect(settings(), "reprocess", false));
            assertTrue(e.getMessage().contains("is in use by pid " + ProcessHandle.current().pid() + ", litstream run"), e.getMessage());
            assertTrue(e.getMessage().endsWith("or use its broker with --bootstrap-servers 127.0.0.1:1"), e.getMessage());
        }
        assertEquals(IDENTITY, Files.readString(work.resolve("kafka/litstream-broker.properties")));
    }

    @Test
    void aReadOnlyCommandUsesTheLiveProcesssBrokerInsteadOfStartingAnother() throws Exception {
        aLiveBrokerWroteItsIdentity();
        try (WorkDirLock held = WorkDirLock.tryAcquire(work, "run").orElseThrow()) {
            // The identity points at a port nothing listens on: the command goes there, fails fast, starts nothing.
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Cluster.connect(settings(), "reprocess --dry-run", true));
            assertTrue(e.getMessage().startsWith("cannot reach the Kafka cluster at 127.0.0.1:1"), e.getMessage());
        }
        assertEquals(IDENTITY, Files.readString(work.resolve("kafka/litstream-broker.properties")));
    }

    @Test
    void demoRefusesToWipeAWorkDirALiveProcessHolds() {
        try (WorkDirLock held = WorkDirLock.tryAcquire(work, "demo").orElseThrow()) {
            assertThrows(WorkDirLock.WorkDirInUseException.class, () -> WorkDirLock.refuseIfInUse(work, "demo"));
        }
        WorkDirLock.refuseIfInUse(work, "demo");
    }
}
