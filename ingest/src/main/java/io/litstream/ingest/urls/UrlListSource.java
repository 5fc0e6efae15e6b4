package io.litstream.ingest.urls;

import io.litstream.ingest.read.Rejection;
import io.litstream.ingest.source.PageIntake;
import io.litstream.ingest.source.ScheduledSource;
import io.litstream.topics.article.RawArticle.SourceKind;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file of page URLs ({@link UrlList}), read again on every poll so that lines appended to it
 * are picked up; each URL is fetched once ({@link PageIntake}). A line that is not a URL is
 * dead-lettered once, with the file and line number as its source.
 */
public final class UrlListSource implements ScheduledSource.Poll {
    private static final Logger LOG = LoggerFactory.getLogger(UrlListSource.class);
    /** A URL list is a hand-written file, not a corpus. */
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path file;
    private final PageIntake intake;

    public UrlListSource(Path file, PageIntake intake) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    public String name() {
        return "url list " + file;
    }

    @Override
    public void poll() throws InterruptedException {
        String content;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                LOG.error("{} is larger than {} bytes; not reading it", file, MAX_FILE_BYTES);
                intake.counters().increment("failed.URL_LIST_TOO_LARGE");
                return;
            }
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // A configuration problem, not an input to dead-letter: say it loudly, look again next poll.
            LOG.error("cannot read URL list {}: {}", file, e.toString());
            intake.counters().increment("failed.URL_LIST_UNREADABLE");
            return;
        }
        UrlList.Parsed parsed = UrlList.parse(content);
        for (UrlList.BadLine bad : parsed.bad()) {
            String key = "urls|" + file + "|bad|" + bad.lineNumber() + "|" + bad.text();
            if (intake.state().get(key).isEmpty()) {
                intake.reject(file + ":" + bad.lineNumber(), new Rejection(DeadLetterReason.UNREADABLE,
                        "not an absolute http(s) URL: " + bad.text(), new byte[0]));
                intake.state().put(key, "reported");
            }
        }
        for (URI url : parsed.urls()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopping");
            }
            if (intake.take(url, "", SourceKind.URL) == PageIntake.Outcome.STOPPED) {
                throw new InterruptedException("stopping");
            }
        }
    }
}
