package io.litstream.tools.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test
    void keepsQuotedCommasNewlinesAndDoubledQuotes() {
        List<List<String>> rows = CsvReader.parse(
                "a,b,c\r\n1,\"two, \"\"quoted\"\"\nlines\",3\n4,,\"\"\n");
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "two, \"quoted\"\nlines", "3"), List.of("4", "", "")),
                rows);
    }

    @Test
    void skipsALeadingByteOrderMark() {
        assertEquals(List.of(List.of("PromptID", "Outcome")), CsvReader.parse("\uFEFFPromptID,Outcome\r\n"));
    }
}
