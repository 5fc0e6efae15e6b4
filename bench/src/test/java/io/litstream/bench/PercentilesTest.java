package io.litstream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankPercentilesInMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> i * 1_000_000L).toArray();
        Percentiles p = Percentiles.of(nanos);
        assertEquals(100, p.count());
        assertEquals(50.0, p.p50());
        assertEquals(95.0, p.p95());
        assertEquals(99.0, p.p99());
        assertEquals(100.0, p.max());
    }

    @Test
    void noSamplesGiveNoFigures() {
        Percentiles p = Percentiles.of(new long[0]);
        assertEquals(0, p.count());
        assertTrue(Double.isNaN(p.p99()));
    }
}
