package io.litstream.ingest.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    @Test
    void aFewStrayControlBytesInTextAreNotBinaryAndAreDropped() {
        byte[] text = Bytes.concat("Sixteen NUL bytes in the middle of a long enough English text ".repeat(6).getBytes(UTF_8),
                new byte[16], "and then the text goes on as before.".getBytes(UTF_8));
        assertTrue(BinarySniffer.whyBinary(text, false).isEmpty());
        String cleaned = new String(BinarySniffer.withoutStrayControls(text), UTF_8);
        assertTrue(cleaned.endsWith("English text and then the text goes on as before."), cleaned);
    }

    @Test
    void randomBytesWithoutAMagicNumberAreStillBinary() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'x'; // no magic number
        assertTrue(BinarySniffer.whyBinary(noise, false).orElseThrow().contains("control characters"));
    }

    @Test
    void textWithoutControlBytesIsReturnedAsItIs() {
        byte[] text = "Tabs\tand\r\nnewlines stay.".getBytes(UTF_8);
        assertSame(text, BinarySniffer.withoutStrayControls(text));
    }
}
