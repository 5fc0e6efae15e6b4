package io.litstream.topics.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class LitstreamHeadersTest {

    @Test
    void allReadsEveryValueOfARepeatedHeaderInOrderAndGetTheLast() {
        Headers headers = new RecordHeaders();
        headers.add(LitstreamHeaders.SUMMARISED_ARTICLE, "doi:10.1/a,b".getBytes(StandardCharsets.UTF_8));
        headers.add(LitstreamHeaders.ARTICLE_ID, "doi:10.2/c".getBytes(StandardCharsets.UTF_8));
        headers.add(LitstreamHeaders.SUMMARISED_ARTICLE, "doi:10.2/c".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("doi:10.1/a,b", "doi:10.2/c"), LitstreamHeaders.all(headers, LitstreamHeaders.SUMMARISED_ARTICLE));
        assertEquals("doi:10.2/c", LitstreamHeaders.get(headers, LitstreamHeaders.SUMMARISED_ARTICLE));
        assertEquals(List.of(), LitstreamHeaders.all(headers, LitstreamHeaders.ARTICLE_CHANGE));
        assertEquals(List.of(), LitstreamHeaders.all(null, LitstreamHeaders.ARTICLE_CHANGE));
    }

    @Test
    void setReplacesEveryEarlierValueAndNullRemoves() {
        Headers headers = new RecordHeaders();
        headers.add(LitstreamHeaders.ARTICLE_ID, "old".getBytes(StandardCharsets.UTF_8));
        headers.add(LitstreamHeaders.ARTICLE_ID, "older".getBytes(StandardCharsets.UTF_8));

        LitstreamHeaders.set(headers, LitstreamHeaders.ARTICLE_ID, "new");
        assertEquals(List.of("new"), LitstreamHeaders.all(headers, LitstreamHeaders.ARTICLE_ID));
        LitstreamHeaders.set(headers, LitstreamHeaders.ARTICLE_ID, null);
        assertNull(LitstreamHeaders.get(headers, LitstreamHeaders.ARTICLE_ID));
    }
}
