package io.litstream.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlSafeJsonTest {
    private static final String HOSTILE = "</script><script>alert('x')</script> & \"q\" \u2028 end";

    @Test
    void noCharacterOfTheTextCanOpenOrCloseMarkup() {
        String json = new HtmlSafeJson().write(Map.of("title", HOSTILE));
        for (String c : new String[] {"<", ">", "&", "'", "\u2028"}) {
            assertFalse(json.contains(c), "raw " + c + " in " + json);
        }
        assertFalse(json.contains("</"), json);
    }

    @Test
    void theTextReadsBackUnchanged() throws Exception {
        String json = new HtmlSafeJson().write(Map.of("title", HOSTILE));
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("title").asText());
    }
}
