package io.litstream.ops.dashboard;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The first characters of an untrusted payload, fit to show: decoded as UTF-8 (undecodable bytes
 * replaced), control characters other than line breaks and tabs replaced, cut to a length. Binary
 * data is not shown at all. This only makes the text readable; the page still renders it as text,
 * never as markup.
 */
public final class SafePreview {
    public static final int DEFAULT_CHARS = 400;

    private SafePreview() {
    }

    public static String of(byte[] payload, int maxChars) {
        if (payload == null) {
            return "(no value)";
        }
        for (int i = 0; i < Math.min(payload.length, 4096); i++) {
            if (payload[i] == 0) {
                return "(binary, " + payload.length + " bytes)";
            }
        }
        int take = Math.min(payload.length, maxChars * 4);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(payload, 0, take)).toString();
        } catch (CharacterCodingException e) {
            return "(undecodable, " + payload.length + " bytes)";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars + 1));
        text.codePoints().limit(maxChars).forEach(cp -> {
            boolean control = Character.isISOControl(cp) && cp != '\n' && cp != '\t';
            out.appendCodePoint(control ? '\uFFFD' : cp);
        });
        if (text.codePointCount(0, text.length()) > maxChars || take < payload.length) {
            out.append('…');
        }
        return out.toString();
    }
}
