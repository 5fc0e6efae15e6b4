package io.litstream.ingest.directory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Remembers what was seen and read of each file, to decide when a file is ready to read: its
 * (size, modification time) must be unchanged across two looks at least {@code settleNanos}
 * apart (so a file still being written is not read half-done), and differ from the state it was
 * last read in (so each version is read exactly once). A file seen for the first time whose last
 * modification is already older than the settle interval is read at once: it was written earlier
 * and moved (renamed) in whole, or was there before the source started, and waiting would only
 * delay it. Not thread-safe: one source thread owns it.
 */
final class FileChanges {
    /** What a look at a file shows. */
    record FileState(long size, long modifiedMillis) {
    }

    /** What to do with a file after a look. */
    enum Decision {
        /** Stable and not read in this state: read it now. */
        READ,
        /** New or still changing: look again later. */
        WAIT,
        /** Already read in exactly this state. */
        UNCHANGED
    }

    private record Sighting(FileState state, long sinceNanos) {
    }

    private final long settleNanos;
    private final Map<Path, Sighting> seen = new HashMap<>();
    private final Map<Path, FileState> read = new HashMap<>();

    FileChanges(long settleNanos) {
        this.settleNanos = settleNanos;
    }

    /**
     * @param nowNanos      monotonic time of the look
     * @param nowWallMillis wall-clock time of the look, to compare with the modification time
     */
    Decision look(Path file, FileState state, long nowNanos, long nowWallMillis) {
        if (state.equals(read.get(file))) {
            seen.remove(file);
            return Decision.UNCHANGED;
        }
        Sighting last = seen.get(file);
        if (last == null && nowWallMillis - state.modifiedMillis() >= settleNanos / 1_000_000) {
            return Decision.READ;
        }
        if (last == null || !last.state().equals(state)) {
            seen.put(file, new Sighting(state, nowNanos));
            return Decision.WAIT;
        }
        return nowNanos - last.sinceNanos() >= settleNanos ? Decision.READ : Decision.WAIT;
    }

    /** Records that {@code file} was read in {@code state}. */
    void markRead(Path file, FileState state) {
        read.put(file, state);
        seen.remove(file);
    }

    /**
     * Forgets a file that is gone, so that one re-created under the same name is read again.
     *
     * @return whether it had been read
     */
    boolean forget(Path file) {
        seen.remove(file);
        return read.remove(file) != null;
    }

    /** Forgets every file not in {@code present}: a full rescan found them gone. Returns those that had been read. */
    Set<Path> retainOnly(Set<Path> present) {
        Set<Path> gone = new HashSet<>(read.keySet());
        gone.removeAll(present);
        read.keySet().retainAll(present);
        seen.keySet().retainAll(present);
        return gone;
    }

    int filesRead() {
        return read.size();
    }
}
