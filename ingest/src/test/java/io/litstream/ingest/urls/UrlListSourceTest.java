package io.litstream.ingest.urls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.ingest.source.NetworkSourceTest;
import io.litstream.ingest.source.PageIntake;
import io.litstream.ingest.source.TestResources;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlListSourceTest extends NetworkSourceTest {
    @TempDir
    Path dir;

    @Test
    void listsSkipCommentsAndReportLinesThatAreNotUrls() {
        UrlList.Parsed parsed = UrlList.parse("""
                # reading list
                https://a.example.org/one.html   # the first

                ftp://b.example.org/two
                not a url
                http://c.example.org/three
                """);

        assertEquals(List.of(URI.create("https://a.example.org/one.html"), URI.create("http://c.example.org/three")), parsed.urls());
        assertEquals(List.of(new UrlList.BadLine(4, "ftp://b.example.org/two"), new UrlList.BadLine(5, "not a url")), parsed.bad());
    }

    @Test
    void eachUrlIsFetchedOnceAndAppendedLinesArePickedUp() throws Exception {
        server.serve("/news/rowing-club.html", "text/html", TestResources.text("feed/rowing-club.html", server.uri("/")));
        server.serve("/news/pottery.html", "text/html", TestResources.text("feed/pottery.html", server.uri("/")));
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# pages\n" + server.uri("/news/rowing-club.html") + "\nnot a url\n");
        PageIntake intake = intake();
        UrlListSource source = new UrlListSource(list, intake);

        source.poll();
        Files.writeString(list, server.uri("/news/pottery.html") + "\n", StandardOpenOption.APPEND);
        source.poll();

        assertEquals(2, sink.articles().size());
        assertEquals(1, server.requests("/news/rowing-club.html").size());
        assertEquals(1, sink.rejections().size(), "the bad line is reported once");
        assertTrue(sink.rejections().get(0).source().endsWith("urls.txt:3"), sink.rejections().get(0).source());
    }
}
