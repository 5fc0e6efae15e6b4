package io.litstream.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void rateIsGrowthPerSecondOverTheWindow() {
        History h = new History(10);
        h.add(0, 100);
        h.add(2_000, 110);
        h.add(4_000, 130);
        assertEquals(7.5, h.ratePerSecond(60_000), 1e-9, "30 more in 4 s");
        assertEquals(10.0, h.ratePerSecond(2_000), 1e-9, "only the last 2 s: 20 more");
    }

    @Test
    void noRateFromOnePointOrFromAShrinkingValue() {
        History h = new History(4);
        assertEquals(0, h.ratePerSecond(60_000));
        h.add(0, 50);
        assertEquals(0, h.ratePerSecond(60_000));
        h.add(1_000, 10); // topic deleted and made again
        assertEquals(0, h.ratePerSecond(60_000));
    }

    @Test
    void keepsOnlyTheLatestPointsOldestFirst() {
        History h = new History(3);
        for (int i = 1; i <= 5; i++) {
            h.add(i * 1_000L, i * 10L);
        }
        assertEquals(List.of(new History.Point(3_000, 30), new History.Point(4_000, 40), new History.Point(5_000, 50)),
                h.points());
        assertEquals(50, h.latest());
    }
}
