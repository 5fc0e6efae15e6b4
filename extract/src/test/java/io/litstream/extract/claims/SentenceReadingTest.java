package io.litstream.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litstream.topics.extraction.ClaimType;
import io.litstream.topics.extraction.Polarity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceReadingTest {

    @Test
    void aReadingListsItsClaimTypesInTheEnumsOrderWhateverOrderTheRulesFoundThem() {
        Map<ClaimType, Polarity> found = new LinkedHashMap<>();
        found.put(ClaimType.REGULATORY, Polarity.NEUTRAL);
        found.put(ClaimType.SAFETY, Polarity.REFUTES);
        found.put(ClaimType.EFFICACY, Polarity.SUPPORTS);

        SentenceReading reading = new SentenceReading(found, false, true);

        assertEquals(List.of(ClaimType.EFFICACY, ClaimType.SAFETY, ClaimType.REGULATORY),
                List.copyOf(reading.types().keySet()));
    }

    @Test
    void anEmptyReadingStaysEmpty() {
        assertEquals(Map.of(), new SentenceReading(Map.of(), false, false).types());
    }
}
