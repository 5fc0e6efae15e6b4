package io.litstream.ingest.directory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IngestableFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "a.html", "a.htm", "a.md", "a.markdown", "a.html.gz", "A.TXT.GZ", "2024/notes.md",
        "PMC6000001.nxml", "article.xml", "efetch.xml.gz", "paper.pdf", "PAPER.PDF"})
    void articleFilesAreRead(String name) {
        assertTrue(IngestableFiles.accepts(Path.of("/in").resolve(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo.png", "data.gz", "report.docx", "notes", "paper.xyz"})
    void filesOfOtherFormatsAreTakenSoThatTheyAreDeadLetteredNotDropped(String name) {
        assertTrue(IngestableFiles.accepts(Path.of("/in").resolve(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {".hidden.txt", "a.txt.part", "a.html.partial", "a.txt~", "a.tmp", "a.html.crdownload",
        ".a.txt.swp", "~$draft.txt", "#autosave.md", "a.txt.bak"})
    void hiddenAndTemporaryFilesAreSkipped(String name) {
        assertFalse(IngestableFiles.accepts(Path.of("/in").resolve(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {".git", ".cache"})
    void hiddenDirectoriesAreNotEntered(String name) {
        assertFalse(IngestableFiles.entersDirectory(Path.of("/in").resolve(name)));
        assertTrue(IngestableFiles.entersDirectory(Path.of("/in/2024")));
    }
}
