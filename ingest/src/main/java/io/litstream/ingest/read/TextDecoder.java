package io.litstream.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text, deciding the charset in this order:
 *
 * <ol>
 *   <li>A byte-order mark (UTF-8, UTF-16, UTF-32): it is unambiguous, so it wins.</li>
 *   <li>For HTML, a charset declared in the first bytes ({@code <meta charset>}, the
 *       {@code http-equiv} Content-Type, or an XML declaration), decoded strictly. A declared
 *       single-byte charset loses to UTF-8 when the bytes are valid UTF-8 that uses multi-byte
 *       sequences: Latin text practically never forms such sequences by accident, while UTF-8 pages
 *       left with a stale {@code iso-8859-1} declaration are common.</li>
 *   <li>Strict UTF-8: today's default, and it fails loudly on anything else.</li>
 *   <li>Mixed UTF-8 and windows-1252, when the bytes hold valid multi-byte UTF-8 sequences next to
 *       bytes that are not UTF-8 and the result looks like Western text: a UTF-8 page with a paragraph
 *       pasted in from a legacy editor. Each valid sequence is read as UTF-8, each stray byte as
 *       windows-1252, so neither part turns into mojibake.</li>
 *   <li>windows-1252, only when the result looks like Western text. It is the legacy encoding of
 *       most of the pre-UTF-8 English-language web (browsers even read {@code iso-8859-1} labels as
 *       windows-1252) and a superset of Latin-1's printable range. Anything else (Shift_JIS, GBK,
 *       random bytes) would decode to plausible-looking garbage under a single-byte charset, so
 *       when the windows-1252 reading does not look like text the input is reported as
 *       undecodable rather than guessed at: ingest carries English biomedical literature, and a
 *       statistical detector for far-eastern charsets is not worth its weight here.</li>
 * </ol>
 */
final class TextDecoder {
    /** How far into an HTML page a charset declaration is looked for (the HTML spec says 1024; real pages stray further). */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.+\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A decoded text and how its charset was chosen (for logs and tests). */
    record Decoded(String text, Charset charset, String decidedBy) {
    }

    private TextDecoder() {
    }

    /** The byte-order mark's charset and length, if the bytes start with one. */
    record Bom(Charset charset, int length) {
        boolean wide() {
            return !charset.equals(StandardCharsets.UTF_8);
        }
    }

    static Optional<Bom> bom(byte[] b) {
        if (b.length >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Optional.of(new Bom(Charset.forName("UTF-32LE"), 4));
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
            return Optional.of(new Bom(Charset.forName("UTF-32BE"), 4));
        }
        if (b.length >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (b.length >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        if (b.length >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /** Decodes {@code bytes}, or returns empty when no charset gives believable text. */
    static Optional<Decoded> decode(byte[] bytes, boolean html) {
        Optional<Bom> bom = bom(bytes);
        if (bom.isPresent()) {
            // The mark is explicit, so a few bad sequences after it are replaced rather than
            // costing the whole article.
            Bom m = bom.get();
            String text = new String(bytes, m.length(), bytes.length - m.length(), m.charset());
            return Optional.of(new Decoded(text, m.charset(), "byte-order mark"));
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (html) {
            Optional<Charset> declared = declaredCharset(bytes);
            if (declared.isPresent()) {
                Charset cs = declared.get();
                boolean singleByte = cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f;
                if (singleByte && utf8.isPresent() && hasNonAscii(bytes)) {
                    return Optional.of(new Decoded(utf8.get(), StandardCharsets.UTF_8,
                            "valid UTF-8 despite declared " + cs.name()));
                }
                Optional<String> text = strict(bytes, cs);
                if (text.isPresent()) {
                    return Optional.of(new Decoded(text.get(), cs, "declared"));
                }
            }
        }
        if (utf8.isPresent()) {
            return Optional.of(new Decoded(utf8.get(), StandardCharsets.UTF_8, "strict UTF-8"));
        }
        Optional<String> mixed = utf8WithWindows1252Strays(bytes);
        if (mixed.isPresent() && looksLikeWesternText(mixed.get())) {
            return Optional.of(new Decoded(mixed.get(), StandardCharsets.UTF_8, "UTF-8 with stray windows-1252 bytes"));
        }
        Optional<String> western = strict(bytes, WINDOWS_1252);
        if (western.isPresent() && looksLikeWesternText(western.get())) {
            return Optional.of(new Decoded(western.get(), WINDOWS_1252, "windows-1252 fallback"));
        }
        return Optional.empty();
    }

    /** The charset an HTML page declares in its first bytes, mapped the way browsers map labels. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        // ISO-8859-1 maps every byte to one char, so ASCII markup reads correctly whatever the real charset.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String label = m.find() ? m.group(1) : null;
        if (label == null) {
            Matcher x = XML_ENCODING.matcher(head);
            label = x.find() ? x.group(1) : null;
        }
        return label == null ? Optional.empty() : charsetForLabel(label);
    }

    static Optional<Charset> charsetForLabel(String rawLabel) {
        String label = rawLabel.trim().toLowerCase(Locale.ROOT);
        switch (label) {
            // The WHATWG Encoding standard reads all of these as windows-1252.
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii",
                 "cp1252", "x-cp1252", "windows-1252", "cp819", "ibm819", "x-user-defined":
                return Optional.of(WINDOWS_1252);
            // A page that could be read as ASCII to find this label cannot really be UTF-16;
            // browsers take UTF-8 in that case, and so do we.
            case "utf-16", "utf-16le", "utf-16be", "utf16":
                return Optional.of(StandardCharsets.UTF_8);
            default:
                try {
                    return Optional.of(Charset.forName(label));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
        }
    }

    private static Optional<String> strict(byte[] bytes, Charset cs) {
        try {
            CharBuffer chars = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads valid UTF-8 sequences as UTF-8 and every other byte as windows-1252; empty when the
     * bytes hold no valid multi-byte sequence, i.e. no sign of UTF-8 at all.
     */
    static Optional<String> utf8WithWindows1252Strays(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int multiByte = 0;
        int i = 0;
        while (i < bytes.length) {
            int length = utf8SequenceLength(bytes, i);
            if (length == 1) {
                out.append((char) bytes[i]);
            } else if (length > 1) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                multiByte++;
            } else {
                out.append(new String(bytes, i, 1, WINDOWS_1252));
                length = 1;
            }
            i += length;
        }
        return multiByte == 0 ? Optional.empty() : Optional.of(out.toString());
    }

    /** Length of the well-formed UTF-8 sequence at {@code i} (1 for ASCII), or 0 when there is none. */
    private static int utf8SequenceLength(byte[] b, int i) {
        int lead = u(b[i]);
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > b.length) {
            return 0;
        }
        int cp = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int c = u(b[i + k]);
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        return cp < min || cp > 0x10FFFF || surrogate ? 0 : length;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a windows-1252 reading looks like Western-European text: most characters ASCII,
     * the rest mostly accented letters and typographic punctuation. Text in a multi-byte charset
     * read this way is dense with accented capitals and symbols such as {@code ¤ ¦ ± ¼}.
     */
    static boolean looksLikeWesternText(String text) {
        int ascii = 0;
        int nonAscii = 0;
        int symbols = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                ascii++;
            } else {
                nonAscii++;
                if (!Character.isLetter(c) && !isCommonPunctuation(c)) {
                    symbols++;
                }
            }
        }
        if (nonAscii == 0) {
            return true;
        }
        // Even French or German prose stays well below one accented character in five.
        boolean mostlyAscii = nonAscii * 5 <= ascii + nonAscii;
        boolean fewSymbols = symbols * 4 <= nonAscii;
        return mostlyAscii && fewSymbols;
    }

    private static boolean isCommonPunctuation(char c) {
        return switch (c) {
            case '\u00A0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014', '\u2026', '\u2022',
                 '\u00AB', '\u00BB', '\u00A9', '\u00AE', '\u2122', '\u00B0', '\u00A3', '\u20AC', '\u00A7',
                 '\u00B1', '\u00B7', '\u00BF', '\u00A1', '\u00B5', '\u00D7' -> true;
            default -> false;
        };
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
