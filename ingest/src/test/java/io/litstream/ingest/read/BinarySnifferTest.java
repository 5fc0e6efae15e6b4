package io.litstream.ingest.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {
    @Test
    void plainTextIsNotBinary() {
        assertTrue(BinarySniffer.whyBinary("Tabs\tand\r\nnewlines\fare fine.".getBytes(UTF_8), false).isEmpty());
    }

    @Test
    void geneNameId3IsNotMistakenForAnMp3() {
        assertTrue(BinarySniffer.whyBinary("ID3 expression rose after treatment.".getBytes(UTF_8), false).isEmpty());
    }

    @Test
    void gifAndElfAreBinary() {
        assertTrue(BinarySniffer.whyBinary("GIF89a....".getBytes(UTF_8), false).isPresent());
        assertTrue(BinarySniffer.whyBinary(Bytes.of(0x7F, 'E', 'L', 'F', 2, 1, 1), false).isPresent());
    }

    @Test
    void nulBytesAreToleratedOnlyInWideUnicode() {
        byte[] utf16 = "ab".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(BinarySniffer.whyBinary(utf16, false).isPresent());
        assertTrue(BinarySniffer.whyBinary(utf16, true).isEmpty());
    }

    @Test
    void decodedTextFullOfControlsIsBinary() {
        assertTrue(BinarySniffer.tooManyControlChars("\u0001\u0002\u0003abc\u0004\u0005"));
        assertTrue(!BinarySniffer.tooManyControlChars("normal text\n"));
    }
}
