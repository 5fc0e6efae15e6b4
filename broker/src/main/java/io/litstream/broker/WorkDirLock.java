package io.litstream.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One process per work dir: the process that starts the embedded broker holds an exclusive lock
 * on {@code <work dir>/litstream.lock}, which names it. A second command on the same work dir
 * would otherwise start a second broker on the same data (it fails on Kafka's own lock, deep in
 * the broker's log) and rewrite the broker's identity file with new ports under the live one. The
 * operating system drops the lock when the process ends, however it ends (kill -9 included), so
 * a stale lock file never blocks a restart.
 */
public final class WorkDirLock implements AutoCloseable {
    static final String FILE = "litstream.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock for {@code command}, or says who holds it. */
    public static Optional<WorkDirLock> tryAcquire(Path workDir, String command) {
        try {
            Files.createDirectories(workDir);
            FileChannel channel = FileChannel.open(workDir.resolve(FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it (a test running two commands)
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", litstream " + command
                    + ", since " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return Optional.of(new WorkDirLock(channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the work dir " + workDir, e);
        }
    }

    /**
     * Refuses a work dir a live process holds, without creating anything: for commands that
     * wipe the work dir before they start a broker in it ({@code demo}).
     */
    public static void refuseIfInUse(Path workDir, String command) {
        Path file = workDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new WorkDirInUseException(workDir, holder(workDir), "stop it before running " + command + " on it again,"
                        + " or give " + command + " another --work-dir");
            }
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the lock of the work dir " + workDir, e);
        }
    }

    /** Who holds the lock of {@code workDir}, as the lock file says ("pid 123, litstream run, since …"). */
    public static String holder(Path workDir) {
        try {
            String text = Files.readString(workDir.resolve(FILE), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel or ending the process releases it anyway.
        }
    }

    /** The work dir is in use by a live process. */
    public static final class WorkDirInUseException extends IllegalStateException {
        public WorkDirInUseException(Path workDir, String holder, String advice) {
            super("the work dir " + workDir + " is in use by " + holder + "; " + advice);
        }
    }
}
