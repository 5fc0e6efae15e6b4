package io.litstream.ingest.directory;

import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.ReadResult;
import io.litstream.ingest.read.Rejection;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every article file under a directory (recursively, in path order), then keeps watching
 * for new and changed files and reads those too, handing each result to an {@link ArticleSink}.
 *
 * <p>Changes are noticed two ways: a {@link WatchService} for promptness, and a periodic full
 * rescan because watch services can drop events (queue overflow, network file systems, a
 * directory created and filled before it was registered). A file is read once it looks the same
 * (size and modification time) on two looks at least {@link Options#settle()} apart, and once per
 * such state: a changed file is read again and, its id being stable, updates the article
 * downstream. Files that cannot be read go to the sink as rejections; nothing a single file does
 * stops the source.
 *
 * <p>Runs on one thread of its own, started by {@link #start()} and stopped by {@link #close()}.
 */
public final class DirectorySource implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySource.class);
    /** How long {@link #close()} waits for a read in progress before interrupting it. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    /**
     * Timing of a directory source.
     *
     * @param settle         how long a file must stay unchanged before it is read; also the pace of
     *                       looks at files waiting to settle
     * @param rescanInterval how often the whole tree is walked, in case the watch service missed something
     */
    public record Options(Duration settle, Duration rescanInterval) {
        public Options {
            Objects.requireNonNull(settle, "settle");
            Objects.requireNonNull(rescanInterval, "rescanInterval");
            if (settle.isNegative() || settle.isZero() || rescanInterval.isNegative() || rescanInterval.isZero()) {
                throw new IllegalArgumentException("settle and rescanInterval must be positive");
            }
        }

        /** Half a second to settle, a full rescan every 30 seconds. */
        public static Options defaults() {
            return new Options(Duration.ofMillis(500), Duration.ofSeconds(30));
        }
    }

    private final Path root;
    private final ArticleReader reader;
    private final ArticleSink sink;
    private final Options options;
    private final FileChanges changes;
    /** Files to look at, in path order so that a batch is read sorted by name. */
    private final TreeSet<Path> candidates = new TreeSet<>();
    private final Map<WatchKey, Path> watchedDirs = new HashMap<>();
    private final Set<Path> registeredDirs = new HashSet<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running;
    private WatchService watcher;
    private long nextRescanNanos;

    /**
     * @throws IllegalArgumentException when {@code directory} is not an existing directory
     */
    public DirectorySource(Path directory, ArticleReader reader, ArticleSink sink, Options options) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("not a directory: " + directory);
        }
        this.root = directory.toAbsolutePath().normalize();
        this.reader = Objects.requireNonNull(reader, "reader");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.options = Objects.requireNonNull(options, "options");
        this.changes = new FileChanges(options.settle().toNanos());
        this.thread = new Thread(this::run, "litstream-ingest-dir-" + root.getFileName());
        // Only an Error (out of memory, a broken class path) gets this far; make sure it is in the log.
        this.thread.setUncaughtExceptionHandler((t, e) -> LOG.error("{} died; {} is no longer read", t.getName(), root, e));
    }

    public Path directory() {
        return root;
    }

    /** Starts reading and watching on the source's own thread. May be called once. */
    public synchronized void start() {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalStateException("already started");
        }
        running = true;
        try {
            watcher = root.getFileSystem().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("no watch service for {} ({}); relying on rescans every {}", root, e, options.rescanInterval());
        }
        thread.start();
    }

    /** Stops watching and waits for a read in progress to finish. */
    @Override
    public synchronized void close() {
        running = false;
        stopped.countDown();
        closeWatcher();
        if (thread.getState() == Thread.State.NEW) {
            return;
        }
        try {
            thread.join(CLOSE_GRACE.toMillis());
            if (thread.isAlive()) {
                LOG.warn("{} still busy after {}; interrupting", thread.getName(), CLOSE_GRACE);
                thread.interrupt();
                thread.join(CLOSE_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        LOG.info("reading and watching {}", root);
        nextRescanNanos = System.nanoTime(); // the first round walks the whole tree
        while (running) {
            try {
                if (System.nanoTime() - nextRescanNanos >= 0) {
                    rescan();
                }
                lookAtCandidates();
                waitForEvents();
            } catch (ClosedWatchServiceException e) {
                break; // close() was called
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // A bug or an unexpected file-system failure: log it and carry on rather than stop ingesting.
                LOG.error("error while watching {}; continuing", root, e);
                sleepQuietly();
            }
        }
        LOG.info("stopped watching {}", root);
    }

    /** Waits up to the next look or rescan, waking early for watch events and for close(). */
    private void waitForEvents() throws InterruptedException {
        long untilRescan = Math.max(0, nextRescanNanos - System.nanoTime());
        long waitNanos = candidates.isEmpty() ? untilRescan : Math.min(untilRescan, options.settle().toNanos());
        if (watcher == null) {
            stopped.await(waitNanos, TimeUnit.NANOSECONDS);
            return;
        }
        WatchKey key = watcher.poll(waitNanos, TimeUnit.NANOSECONDS);
        while (key != null) {
            handle(key);
            key = watcher.poll();
        }
    }

    private void handle(WatchKey key) {
        Path dir = watchedDirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                nextRescanNanos = System.nanoTime(); // events were lost: walk everything now
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                changes.forget(child);
                candidates.remove(child);
            } else if (Files.isDirectory(child)) {
                if (IngestableFiles.entersDirectory(child)) {
                    walk(child); // a new folder may already hold files
                }
            } else if (IngestableFiles.accepts(child)) {
                candidates.add(child);
            }
        }
        if (!key.reset()) {
            registeredDirs.remove(watchedDirs.remove(key)); // the directory is gone
        }
    }

    /** Walks the whole tree: every ingestable file becomes a candidate, and vanished files are forgotten. */
    private void rescan() {
        Set<Path> found = walk(root);
        changes.retainOnly(found);
        nextRescanNanos = System.nanoTime() + options.rescanInterval().toNanos();
    }

    private Set<Path> walk(Path start) {
        Set<Path> found = new HashSet<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && !IngestableFiles.entersDirectory(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && IngestableFiles.accepts(file)) {
                        found.add(file);
                        candidates.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.warn("cannot visit {}: {}", file, e.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot walk {}: {}", start, e.toString());
        }
        return found;
    }

    private void register(Path dir) {
        if (watcher == null || registeredDirs.contains(dir)) {
            return;
        }
        try {
            WatchKey key = dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            watchedDirs.put(key, dir);
            registeredDirs.add(dir);
        } catch (IOException e) {
            // e.g. the inotify watch limit: the periodic rescan still covers this directory.
            LOG.warn("cannot watch {} ({}); it is still rescanned every {}", dir, e.toString(), options.rescanInterval());
        }
    }

    /** Looks at each candidate once, in path order, and reads those that have settled. */
    private void lookAtCandidates() {
        long now = System.nanoTime();
        Iterator<Path> it = candidates.iterator();
        while (it.hasNext() && running) {
            Path file = it.next();
            FileChanges.FileState state = stateOf(file);
            if (state == null) {
                changes.forget(file);
                it.remove();
                continue;
            }
            switch (changes.look(file, state, now)) {
                case UNCHANGED -> it.remove();
                case WAIT -> { }
                case READ -> {
                    it.remove();
                    if (deliver(file)) {
                        changes.markRead(file, state);
                    }
                }
            }
        }
    }

    /** Reads one file and hands the result over; false when the sink failed and the file should be retried. */
    private boolean deliver(Path file) {
        ReadResult result = reader.read(file);
        try {
            if (result instanceof ReadResult.Accepted accepted) {
                LOG.debug("read {} as {}", file, accepted.article().id());
                sink.accept(accepted.article());
            } else if (result instanceof Rejection rejection) {
                LOG.info("rejected {}: {}", file, rejection);
                sink.reject(file.toString(), rejection);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.error("could not hand over {}; will retry on the next rescan", file, e);
            return false;
        }
    }

    private static FileChanges.FileState stateOf(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return attrs.isRegularFile() ? new FileChanges.FileState(attrs.size(), attrs.lastModifiedTime().toMillis()) : null;
        } catch (IOException e) {
            return null; // gone (or unreadable, which the next rescan will report when it can be read)
        }
    }

    private void closeWatcher() {
        WatchService w = watcher;
        if (w != null) {
            try {
                w.close();
            } catch (IOException e) {
                LOG.debug("closing watch service of {}", root, e);
            }
        }
    }

    private void sleepQuietly() {
        try {
            stopped.await(options.settle().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
