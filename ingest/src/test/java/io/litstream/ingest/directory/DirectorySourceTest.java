package io.litstream.ingest.directory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.RecordingSink;
import io.litstream.ingest.publish.ArticleSink;
import io.litstream.ingest.read.ArticleReader;
import io.litstream.ingest.read.Rejection;
import io.litstream.topics.article.RawArticle;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {
    /** Bounded waits: generous, because CI machines stall; nothing here asserts on speed. */
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Short settle and rescan so that the tests also exercise the rescan path. */
    private static final DirectorySource.Options FAST = new DirectorySource.Options(Duration.ofMillis(50), Duration.ofMillis(300));

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();
    private DirectorySource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
    }

    private DirectorySource start(ArticleSink target) {
        source = new DirectorySource(dir, new ArticleReader(), target, FAST);
        source.start();
        return source;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, UTF_8);
    }

    private static String article(String topic) {
        return "A Note on " + topic + "\n\nThis short note describes what volunteers said about " + topic
                + " after a month of trying it, in their own words.\n";
    }

    private static long count(List<RawArticle> articles, String fileName) {
        return articles.stream().filter(a -> a.source().endsWith(fileName)).count();
    }

    @Test
    void readsExistingFilesOnceInPathOrderRecursively() throws Exception {
        write(dir.resolve("b.txt"), article("walking"));
        write(dir.resolve("a.txt"), article("reading"));
        write(dir.resolve("sub/c.md"), "# " + article("yoga"));
        start(sink);

        List<RawArticle> got = sink.awaitArticles(list -> list.size() >= 3, WAIT);
        assertEquals(List.of("a.txt", "b.txt", "c.md"),
                got.stream().map(a -> Path.of(a.source()).getFileName().toString()).toList());

        // Several rescans later, nothing was read twice.
        waitForRescans(3);
        assertEquals(3, sink.articles().size(), () -> "re-read: " + sink.articles());
    }

    @Test
    void picksUpNewThenModifiedFiles() throws Exception {
        write(dir.resolve("first.txt"), article("gardening"));
        start(sink);
        sink.awaitArticles(list -> count(list, "first.txt") == 1, WAIT);

        Path later = write(dir.resolve("later.html"), "<html><body><h1>Choir Singing</h1><p>"
                + "Members of a community choir described lighter moods on rehearsal days.</p></body></html>");
        RawArticle created = sink.awaitArticles(list -> count(list, "later.html") == 1, WAIT).stream()
                .filter(a -> a.source().endsWith("later.html")).findFirst().orElseThrow();
        assertEquals("Choir Singing", created.title());

        write(later, "<html><body><h1>Choir Singing</h1><p>Updated: members of a community choir described "
                + "lighter moods on rehearsal days, and slept better too.</p></body></html>");
        Files.setLastModifiedTime(later, FileTime.from(Instant.now().plusSeconds(5)));
        List<RawArticle> all = sink.awaitArticles(list -> count(list, "later.html") == 2, WAIT);
        RawArticle updated = all.stream().filter(a -> a.source().endsWith("later.html")).reduce((x, y) -> y).orElseThrow();
        assertTrue(updated.text().contains("slept better"), updated.text());
        assertEquals(1, count(all, "first.txt"), "the unchanged file is not read again");
    }

    @Test
    void newSubdirectoryIsWatchedToo() throws Exception {
        start(sink);
        write(dir.resolve("2025/03/late.txt"), article("cold showers"));
        sink.awaitArticles(list -> count(list, "late.txt") == 1, WAIT);
    }

    @Test
    void ignoresTemporaryHiddenAndForeignFiles() throws Exception {
        write(dir.resolve("draft.txt.part"), article("a partial download"));
        write(dir.resolve("notes.txt~"), article("an editor backup"));
        write(dir.resolve("scratch.tmp"), article("a temp file"));
        write(dir.resolve(".hidden.txt"), article("a hidden file"));
        write(dir.resolve(".git/info.txt"), article("a hidden folder"));
        write(dir.resolve("image.png"), "not really an image");
        write(dir.resolve("real.txt"), article("the real thing"));
        start(sink);

        sink.awaitArticles(list -> count(list, "real.txt") == 1, WAIT);
        waitForRescans(2);
        assertEquals(1, sink.articles().size(), () -> "unexpected: " + sink.articles());
        assertEquals(List.of(), sink.rejections());
    }

    @Test
    void renamedTempFileIsReadUnderItsFinalName() throws Exception {
        start(sink);
        Path part = write(dir.resolve("download.html.part"), "<p>Downloaded article text about sleep and mood.</p>");
        Files.move(part, dir.resolve("download.html"));
        sink.awaitArticles(list -> count(list, "download.html") == 1, WAIT);
    }

    @Test
    void badFilesBecomeRejectionsAndDoNotStopTheSource() throws Exception {
        write(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        write(dir.resolve("good.txt"), article("breathing exercises"));
        start(sink);

        List<RecordingSink.Rejected> rejected = sink.awaitRejections(2, WAIT);
        assertEquals(DeadLetterReason.BINARY_CONTENT, rejected.get(0).rejection().reason());
        assertTrue(rejected.get(0).source().endsWith("binary.html"));
        assertEquals(DeadLetterReason.EMPTY_BODY, rejected.get(1).rejection().reason());
        sink.awaitArticles(list -> count(list, "good.txt") == 1, WAIT);
    }

    @Test
    void sinkFailureIsRetriedOnALaterRescan() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        ArticleSink flaky = new ArticleSink() {
            @Override
            public void accept(RawArticle article) {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("broker unavailable (simulated)");
                }
                sink.accept(article);
            }

            @Override
            public void reject(String src, Rejection rejection) {
                sink.reject(src, rejection);
            }
        };
        write(dir.resolve("retry.txt"), article("massage"));
        start(flaky);
        sink.awaitArticles(list -> count(list, "retry.txt") == 1, WAIT);
        assertTrue(attempts.get() >= 2);
    }

    @Test
    void closeStopsTheThreadAndIsIdempotent() throws Exception {
        write(dir.resolve("one.txt"), article("stretching"));
        DirectorySource s = start(sink);
        sink.awaitArticles(list -> list.size() == 1, WAIT);
        s.close();
        s.close();
        write(dir.resolve("after-close.txt"), article("anything"));
        // A stopped source reads nothing more; give a running one ample time to have done so.
        Thread.sleep(FAST.rescanInterval().multipliedBy(3).toMillis());
        assertEquals(1, sink.articles().size());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("litstream-ingest-dir-" + dir.getFileName())), "thread ended");
    }

    @Test
    void closeWithoutStartIsHarmless() {
        new DirectorySource(dir, new ArticleReader(), sink, FAST).close();
    }

    @Test
    void startTwiceIsRefused() {
        DirectorySource s = start(sink);
        assertThrows(IllegalStateException.class, s::start);
    }

    @Test
    void missingDirectoryIsRefusedUpFront() {
        assertThrows(IllegalArgumentException.class,
                () -> new DirectorySource(dir.resolve("nope"), new ArticleReader(), sink, FAST));
    }

    /** Lets the source complete a few full rescans (only used to show that nothing more happens). */
    private static void waitForRescans(int n) throws InterruptedException {
        Thread.sleep(FAST.rescanInterval().multipliedBy(n).toMillis() + FAST.settle().multipliedBy(2).toMillis());
    }
}
