package io.litstream.topics.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.serde.LitstreamSerdes;
import io.litstream.topics.summary.TherapySummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityIdsCompatibilityTest {
    private static final EntityIds KETAMINE = new EntityIds("D007649", "DB01221", "CHEBI:6121", null);

    /** Bytes written by the serde of the code before ids existed (2026-12-06). */
    private static byte[] previous(String name) throws IOException {
        try (InputStream in = EntityIdsCompatibilityTest.class.getResourceAsStream("/previous-records/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anExtractionWrittenBeforeIdsExistedIsReadWithEveryOldFieldAndNoIds() throws IOException {
        ArticleExtraction old = LitstreamSerdes.extraction().deserializer()
                .deserialize("t", previous("article-extraction-2026-12-06.json"));
        FoundEntity ketamine = old.therapies().get(0);
        assertEquals("ketamine", ketamine.id());
        assertEquals(List.of("ketamine", "Ketalar"), ketamine.mentions());
        assertEquals(List.of("glutamatergic-antidepressants", "antidepressants"), ketamine.parents());
        assertNull(ketamine.ids());
        assertNull(old.mechanisms().get(0).ids());
    }

    @Test
    void aSummaryAndAnEventWrittenBeforeIdsExistedAreReadWithNoIds() throws IOException {
        TherapySummary summary = LitstreamSerdes.summary().deserializer()
                .deserialize("t", previous("therapy-summary-2026-12-06.json"));
        TherapyEvent event = LitstreamSerdes.event().deserializer()
                .deserialize("t", previous("therapy-event-2026-12-06.json"));
        assertEquals(0.39, summary.score());
        assertEquals(Map.of("nmda-receptor", 1L), summary.mechanisms());
        assertNull(summary.ids());
        assertEquals(TherapyEventType.NEW_THERAPY, event.type());
        assertNull(event.ids());
    }

    @Test
    void idsSurviveTheRoundTripAndAbsentOnesAreNotWritten() {
        FoundEntity entity = new FoundEntity("ketamine", "ketamine", "DRUG", List.of("ketamine"), List.of(), KETAMINE);
        var serde = LitstreamSerdes.extraction();
        ArticleExtraction x = new ArticleExtraction("a", null, null, null, null, null, Instant.EPOCH,
                List.of(entity), List.of(), List.of(), 1, 1);
        byte[] bytes = serde.serializer().serialize("t", x);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"ids\":{\"mesh\":\"D007649\",\"drugbank\":\"DB01221\",\"chebi\":\"CHEBI:6121\"}"), json);
        assertEquals(x, serde.deserializer().deserialize("t", bytes));
    }

    @Test
    void anEntityWithNoKnownIdCarriesNoIdsObjectAtAll() {
        FoundEntity entity = new FoundEntity("x", "x", "DRUG", List.of("x"), List.of(), EntityIds.NONE);
        assertNull(entity.ids());
        assertFalse(EntityIds.NONE.hasAny());
    }

    @Test
    void anIdOfTheWrongFormatIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EntityIds("ketamine", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new EntityIds(null, "DB1221", null, null));
        assertThrows(IllegalArgumentException.class, () -> new EntityIds(null, null, "6121", null));
        assertThrows(IllegalArgumentException.class, () -> new EntityIds(null, null, null, "GO:123"));
    }

    @Test
    void anIdIsFoundByItsNamespaceIgnoringCase() {
        assertTrue(KETAMINE.has("mesh", "d007649"));
        assertTrue(KETAMINE.has("drugbank", "DB01221"));
        assertFalse(KETAMINE.has("chebi", "CHEBI:1"));
        assertFalse(KETAMINE.has("go", "GO:0000001"));
    }
}
