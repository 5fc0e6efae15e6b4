package io.litstream.ingest.read;

import java.util.List;
import java.util.Optional;

/**
 * Tells binary input from text before any decoding is attempted, so that an image or archive
 * dropped into a watched folder becomes a clear {@code BINARY_CONTENT} dead letter instead of
 * a page of mojibake that downstream stages would try to read.
 */
final class BinarySniffer {
    /**
     * Real text has next to no control bytes besides tab, line feed, form feed and carriage return;
     * random or structured binary data has one in ten or more. Up to this share they are strays (a
     * NUL pasted from a terminal, a form feed from a PDF copy) and are dropped; above it the input
     * is binary.
     */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Decoded text is checked over its start only: by then the bytes were checked in full. */
    private static final int CONTROL_WINDOW = 64 * 1024;

    private record Magic(String name, int offset, byte[] bytes) {
    }

    private static final List<Magic> MAGICS = List.of(
            magic("PNG image", 0, 0x89, 'P', 'N', 'G'),
            magic("JPEG image", 0, 0xFF, 0xD8, 0xFF),
            magic("GIF image", 0, 'G', 'I', 'F', '8', '7', 'a'),
            magic("GIF image", 0, 'G', 'I', 'F', '8', '9', 'a'),
            magic("WebP/RIFF media", 0, 'R', 'I', 'F', 'F'),
            magic("TIFF image", 0, 'I', 'I', 0x2A, 0x00),
            magic("TIFF image", 0, 'M', 'M', 0x00, 0x2A),
            magic("ICO image", 0, 0x00, 0x00, 0x01, 0x00),
            magic("PDF document", 0, '%', 'P', 'D', 'F', '-'),
            magic("ZIP archive", 0, 'P', 'K', 0x03, 0x04),
            magic("ZIP archive", 0, 'P', 'K', 0x05, 0x06),
            magic("ZIP archive", 0, 'P', 'K', 0x07, 0x08),
            magic("gzip data", 0, 0x1F, 0x8B),
            magic("bzip2 data", 0, 'B', 'Z', 'h', '9'),
            magic("xz data", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
            magic("zstd data", 0, 0x28, 0xB5, 0x2F, 0xFD),
            magic("7z archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            magic("RAR archive", 0, 'R', 'a', 'r', '!', 0x1A, 0x07),
            magic("ELF executable", 0, 0x7F, 'E', 'L', 'F'),
            magic("Java class", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            magic("Ogg media", 0, 'O', 'g', 'g', 'S'),
            // "ID3" alone is also a gene name a text may start with; the version byte makes it a tag.
            magic("MP3 audio", 0, 'I', 'D', '3', 0x03),
            magic("MP3 audio", 0, 'I', 'D', '3', 0x04),
            magic("MP4/QuickTime media", 4, 'f', 't', 'y', 'p'),
            magic("WebAssembly", 0, 0x00, 'a', 's', 'm'));

    private BinarySniffer() {
    }

    /**
     * Why {@code bytes} look binary, or empty when they may be text.
     *
     * @param wideUnicode {@code true} when a UTF-16/UTF-32 byte-order mark was found: such text is
     *                    full of NUL bytes by design, so only the magic numbers are checked
     */
    static Optional<String> whyBinary(byte[] bytes, boolean wideUnicode) {
        for (Magic m : MAGICS) {
            if (startsWith(bytes, m.offset(), m.bytes())) {
                return Optional.of("looks like " + m.name());
            }
        }
        if (wideUnicode) {
            return Optional.empty();
        }
        int controls = 0;
        int firstNul = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (isSuspiciousControl(bytes[i] & 0xFF)) {
                controls++;
                if (bytes[i] == 0 && firstNul < 0) {
                    firstNul = i;
                }
            }
        }
        if (controls > bytes.length * MAX_CONTROL_SHARE) {
            return Optional.of(String.format("%d of its %d bytes are control characters%s", controls, bytes.length,
                    firstNul < 0 ? "" : " (the first NUL byte at offset " + firstNul + ")"));
        }
        return Optional.empty();
    }

    /**
     * {@code bytes} without the control bytes no text holds (NUL and the other C0 controls but tab,
     * line feed, form feed, carriage return and escape; DEL), for input {@link #whyBinary} let
     * through: a few stray ones cost a text nothing, where refusing it would lose the article.
     * Safe in UTF-8 and the single-byte charsets alike, where such bytes never belong to a longer
     * character; not to be used on UTF-16 or UTF-32. Returns {@code bytes} itself when it holds none.
     */
    static byte[] withoutStrayControls(byte[] bytes) {
        int strays = 0;
        for (byte b : bytes) {
            if (isSuspiciousControl(b & 0xFF)) {
                strays++;
            }
        }
        if (strays == 0) {
            return bytes;
        }
        byte[] kept = new byte[bytes.length - strays];
        int n = 0;
        for (byte b : bytes) {
            if (!isSuspiciousControl(b & 0xFF)) {
                kept[n++] = b;
            }
        }
        return kept;
    }

    /** Share of control characters in decoded text; used after a UTF-16/32 decode, where bytes say little. */
    static boolean tooManyControlChars(String text) {
        int end = Math.min(text.length(), CONTROL_WINDOW);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? isSuspiciousControl(c) : c == 0x7F) {
                controls++;
            }
        }
        return end > 0 && controls > end * MAX_CONTROL_SHARE;
    }

    private static boolean isSuspiciousControl(int b) {
        // Tab, LF, FF, CR and ESC (ANSI colour codes in logs) are tolerated; everything else below
        // 0x20 and DEL are what random binary data is made of.
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Magic magic(String name, int offset, int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return new Magic(name, offset, b);
    }
}
