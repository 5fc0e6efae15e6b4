package io.litstream.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of article text, in lower-case hex: tells a changed article from one read again. */
public final class ContentHash {
    private ContentHash() {
    }

    /** Full SHA-256 hex of {@code text} exactly as published (UTF-8). */
    public static String of(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** Full SHA-256 hex of {@code bytes}. */
    public static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256 (see MessageDigest's javadoc).
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
