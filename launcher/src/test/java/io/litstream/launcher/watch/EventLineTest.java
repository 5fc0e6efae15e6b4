package io.litstream.launcher.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.Topics;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.event.TherapyEventType;
import io.litstream.topics.header.LitstreamHeaders;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class EventLineTest {

    @Test
    void oneLineWithTimeTypeTherapyChangeDescriptionArticleAndExtractor() {
        TherapyEvent event = new TherapyEvent("ketamine", "Ketamine", TherapyEventType.EVIDENCE_LEVEL_RAISED,
                "PRECLINICAL", "CLINICAL", "doi:10.1/x", Instant.parse("2025-06-01T10:00:00Z"), 0.17, 0.46, null,
                "Ketamine: evidence raised to clinical (was preclinical)");
        ConsumerRecord<String, TherapyEvent> record = new ConsumerRecord<>(Topics.THERAPY_EVENTS, 0, 0, "ketamine", event);
        LitstreamHeaders.set(record.headers(), LitstreamHeaders.EXTRACTOR_VERSION, "opennlp-1+lexicon-ab");

        assertEquals("2025-06-01T10:00:00Z  EVIDENCE_LEVEL_RAISED     ketamine  PRECLINICAL -> CLINICAL"
                        + "  Ketamine: evidence raised to clinical (was preclinical)"
                        + "  [article doi:10.1/x, extractor opennlp-1+lexicon-ab]",
                EventLine.of(record));
    }

    @Test
    void missingPartsAreLeftOut() {
        TherapyEvent event = new TherapyEvent("ect", null, TherapyEventType.NEW_THERAPY, null, null, null,
                Instant.parse("2025-06-01T10:00:00Z"), null, null, null, null);

        assertEquals("2025-06-01T10:00:00Z  NEW_THERAPY               ect",
                EventLine.of(new ConsumerRecord<>(Topics.THERAPY_EVENTS, 0, 0, "ect", event)));
    }
}
