package io.litstream.ops.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.topics.serde.Json;

/**
 * JSON for the dashboard's API, written so that no character of article text can end a string
 * or open markup wherever the JSON lands: besides JSON's own escapes, {@code < > & ' /} and the
 * line separators U+2028/U+2029 are written as {@code \\uXXXX}. The page still builds its DOM with
 * text nodes only; this is the second fence, for a response opened directly or sniffed as HTML.
 */
public final class HtmlSafeJson {
    private final ObjectMapper mapper;

    public HtmlSafeJson() {
        mapper = Json.newMapper();
        mapper.getFactory().setCharacterEscapes(new Escapes());
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dashboard's JSON", e);
        }
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] table;

        Escapes() {
            table = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\'', '/'}) {
                table[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
