package io.litstream.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafePreviewTest {
    @Test
    void textIsCutAndControlCharactersReplaced() {
        byte[] payload = "abc\u001b[31mdef\nghi".getBytes(StandardCharsets.UTF_8);
        assertEquals("abc\uFFFD[31…", SafePreview.of(payload, 7));
        assertEquals("abc\uFFFD[31mdef\nghi", SafePreview.of(payload, 100));
    }

    @Test
    void binaryIsNotShown() {
        assertEquals("(binary, 4 bytes)", SafePreview.of(new byte[] {'P', 'K', 0, 3}, 100));
        assertEquals("(no value)", SafePreview.of(null, 100));
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() {
        assertEquals("a\uFFFDb", SafePreview.of(new byte[] {'a', (byte) 0xC3, 'b'}, 100));
    }
}
