package io.litstream.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads and gunzips with a hard ceiling, so that neither a huge file nor a small gzip bomb (a few
 * kilobytes that inflate to gigabytes) can exhaust memory: at most {@code limit + 1} bytes are
 * ever held, the extra byte being how "over the limit" is noticed.
 */
final class BoundedBytes {
    private BoundedBytes() {
    }

    /** Thrown when more than the limit would have to be read. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    /** The first {@code limit + 1} bytes of a file at most; more than {@code limit} means too large. */
    static byte[] readFile(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(clamp(limit + 1));
        }
    }

    /** The first {@code count} bytes of a file, for the payload of a dead letter. */
    static byte[] readPrefix(Path file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /**
     * Inflates gzip data (all members), refusing to produce more than {@code limit} bytes.
     *
     * @throws TooLargeException when the inflated data exceeds {@code limit}
     * @throws IOException       when the data is not valid gzip (corrupt or truncated)
     */
    static byte[] gunzip(byte[] gzip, long limit) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
            byte[] out = in.readNBytes(clamp(limit + 1));
            if (out.length > limit) {
                throw new TooLargeException("gzip inflates to more than " + limit + " bytes");
            }
            return out;
        }
    }

    private static int clamp(long n) {
        // Arrays cannot exceed Integer.MAX_VALUE; a limit that large is a configuration mistake anyway.
        return (int) Math.min(n, Integer.MAX_VALUE - 8);
    }
}
