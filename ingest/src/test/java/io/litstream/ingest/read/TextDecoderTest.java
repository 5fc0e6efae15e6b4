package io.litstream.ingest.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @ParameterizedTest
    @CsvSource({"iso-8859-1, windows-1252", "latin1, windows-1252", "US-ASCII, windows-1252",
        "utf-8, UTF-8", "UTF8, UTF-8", "utf-16, UTF-8", "shift_jis, Shift_JIS"})
    void mapsLabelsTheWayBrowsersDo(String label, String expected) {
        assertEquals(Optional.of(Charset.forName(expected)), TextDecoder.charsetForLabel(label));
    }

    @Test
    void unknownLabelIsIgnored() {
        assertTrue(TextDecoder.charsetForLabel("klingon-1").isEmpty());
    }

    @Test
    void findsMetaCharsetAttribute() {
        byte[] page = "<html><head><meta charset='windows-1252'></head>".getBytes(UTF_8);
        assertEquals(Optional.of(CP1252), TextDecoder.declaredCharset(page));
    }

    @Test
    void findsHttpEquivContentType() {
        byte[] page = "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-1\">".getBytes(UTF_8);
        assertEquals(Optional.of(CP1252), TextDecoder.declaredCharset(page));
    }

    @Test
    void findsXmlDeclaration() {
        byte[] page = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html/>".getBytes(UTF_8);
        assertEquals(Optional.of(Charset.forName("ISO-8859-15")), TextDecoder.declaredCharset(page));
    }

    @Test
    void declaredCharsetIsUsedForHtmlOnly() {
        byte[] bytes = Bytes.encode("<meta charset=\"windows-1252\"><p>fa\u00e7ade</p>", "windows-1252");
        TextDecoder.Decoded html = TextDecoder.decode(bytes, true).orElseThrow();
        assertEquals(CP1252, html.charset());
        assertEquals("declared", html.decidedBy());
    }

    @Test
    void plainUtf8IsStrictUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode("d\u00e9j\u00e0 vu \u2013 \u4e2d".getBytes(UTF_8), false).orElseThrow();
        assertEquals(UTF_8, d.charset());
        assertEquals("d\u00e9j\u00e0 vu \u2013 \u4e2d", d.text());
    }

    @Test
    void westernTextLooksWestern() {
        assertTrue(TextDecoder.looksLikeWesternText("Ein \u00fcberraschend gro\u00dfer Effekt \u2013 \u201egut\u201c."));
        assertTrue(TextDecoder.looksLikeWesternText("all ascii"));
    }

    @Test
    void mojibakeOfFarEasternTextDoesNot() {
        assertFalse(TextDecoder.looksLikeWesternText("\u00c4\u00e3\u00ba\u00c3\u00ca\u00c0\u00bd\u00e7\u00c4\u00e3\u00ba\u00c3"));
        assertFalse(TextDecoder.looksLikeWesternText("\u00a4\u00a6\u00a8\u00ac\u00af abc"));
    }

    @Test
    void byteOrderMarksAreRecognised() {
        assertEquals(UTF_8, TextDecoder.bom(Bytes.of(0xEF, 0xBB, 0xBF, 'a')).orElseThrow().charset());
        assertEquals(Charset.forName("UTF-16BE"), TextDecoder.bom(Bytes.of(0xFE, 0xFF, 0, 'a')).orElseThrow().charset());
        assertEquals(Charset.forName("UTF-32LE"), TextDecoder.bom(Bytes.of(0xFF, 0xFE, 0, 0)).orElseThrow().charset());
        assertTrue(TextDecoder.bom("plain".getBytes(UTF_8)).isEmpty());
    }

    @Test
    void utf8WithAPastedWindows1252ParagraphKeepsBothPartsReadable() {
        byte[] utf8 = "Bupropion in the caf\u00e9 study. ".getBytes(UTF_8);
        byte[] legacy = "The na\u00efve patients \u2013 all adults \u2013 tolerated it.".getBytes(CP1252);
        byte[] mixed = new byte[utf8.length + legacy.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(legacy, 0, mixed, utf8.length, legacy.length);

        TextDecoder.Decoded decoded = TextDecoder.decode(mixed, false).orElseThrow();

        assertEquals("Bupropion in the caf\u00e9 study. The na\u00efve patients \u2013 all adults \u2013 tolerated it.", decoded.text());
    }

    @Test
    void plainWindows1252WithoutAnyUtf8SequenceIsStillReadAsWindows1252() {
        byte[] legacy = "R\u00e9sum\u00e9 \u2013 na\u00efve patients.".getBytes(CP1252);
        TextDecoder.Decoded decoded = TextDecoder.decode(legacy, false).orElseThrow();
        assertEquals("R\u00e9sum\u00e9 \u2013 na\u00efve patients.", decoded.text());
        assertEquals("windows-1252 fallback", decoded.decidedBy());
    }

    @Test
    void shiftJisStaysUndecodableEvenWhereItsBytesFormAUtf8Sequence() {
        String japanese = "\u30b1\u30bf\u30df\u30f3\u306f\u3046\u3064\u75c5\u306e\u6cbb\u7642\u306b\u4f7f\u308f\u308c\u308b\u85ac\u3067\u3059\u3002".repeat(4);
        assertTrue(TextDecoder.decode(japanese.getBytes(Charset.forName("Shift_JIS")), false).isEmpty());
    }
}
