package io.litstream.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatTest {
    @ParameterizedTest
    @CsvSource({
        "page.html, HTML", "page.htm, HTML", "PAGE.HTML.GZ, HTML", "notes.txt, TEXT", "notes.txt.gz, TEXT",
        "readme.md, MARKDOWN", "readme.markdown, MARKDOWN", "readme.md.gz, MARKDOWN"})
    void recognisesFormatsByName(String name, Format expected) {
        assertEquals(Optional.of(expected), Format.ofFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo.jpg", "archive.zip", "data.gz", "page.html.bak", "noextension"})
    void ignoresOtherFiles(String name) {
        assertTrue(Format.ofFileName(name).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt.gz", "a.HTML.GZ"})
    void knowsGzipNames(String name) {
        assertTrue(Format.isGzipName(name));
        assertFalse(Format.isGzipName("a.txt"));
    }

    @ParameterizedTest
    @CsvSource({"HTML, html", "TEXT, text", "MARKDOWN, markdown"})
    void wireNamesMatchTheContract(Format format, String wire) {
        assertEquals(wire, format.wireName());
    }
}
