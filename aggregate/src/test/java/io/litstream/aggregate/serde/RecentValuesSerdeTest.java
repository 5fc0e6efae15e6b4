package io.litstream.aggregate.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.litstream.topics.serde.JsonSerde;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentValuesSerdeTest {
    record Point(String name, List<Integer> xs) {
        Point {
            xs = List.copyOf(xs);
        }
    }

    private final JsonSerde<Point> json = new JsonSerde<>(Point.class);

    @Test
    void bytesJustWrittenReadBackAsTheSameValueWithoutParsing() {
        RecentValuesSerde<Point> serde = new RecentValuesSerde<>(json, 4);
        Point p = new Point("a", List.of(1, 2));

        byte[] bytes = serde.toBytes(p);

        assertArrayEquals(json.toBytes(p), bytes);
        assertSame(p, serde.fromBytes(bytes.clone()));
    }

    @Test
    void theSameValueWrittenTwiceGivesEqualBytesThatTheCallerMayChange() {
        RecentValuesSerde<Point> serde = new RecentValuesSerde<>(json, 4);
        Point p = new Point("a", List.of(1));
        byte[] first = serde.toBytes(p);
        first[0] = 'X';

        byte[] second = serde.toBytes(p);

        assertArrayEquals(json.toBytes(p), second);
        assertNotSame(first, second);
        assertEquals(p, serde.fromBytes(json.toBytes(p)));
    }

    @Test
    void anyOtherValueGoesThroughJsonAndTheOldestAreForgotten() {
        RecentValuesSerde<Point> serde = new RecentValuesSerde<>(json, 2);
        Point a = new Point("a", List.of(1));
        byte[] aBytes = serde.toBytes(a);
        serde.toBytes(new Point("b", List.of(2)));
        serde.toBytes(new Point("c", List.of(3)));

        Point readA = serde.fromBytes(aBytes);

        assertEquals(a, readA);
        assertNotSame(a, readA, "a was pushed out by b and c, so it was parsed again");
        assertEquals(new Point("d", List.of(4)), serde.fromBytes(json.toBytes(new Point("d", List.of(4)))));
        assertNull(serde.fromBytes(null));
        assertNull(serde.toBytes(null));
    }

    @Test
    void eachThreadKeepsItsOwnValues() throws Exception {
        RecentValuesSerde<Point> serde = new RecentValuesSerde<>(json, 4);
        Point p = new Point("a", List.of(1));
        byte[] bytes = serde.toBytes(p);
        Point[] seen = new Point[1];
        Thread other = new Thread(() -> seen[0] = serde.fromBytes(bytes.clone()));
        other.start();
        other.join();

        assertEquals(p, seen[0]);
        assertNotSame(p, seen[0]);
    }

    @Test
    void theContentHashSeesEveryByteAndTheLength() {
        byte[] bytes = new byte[5003];
        new Random(7).nextBytes(bytes);
        int hash = RecentValuesSerde.contentHash(bytes);

        assertEquals(hash, RecentValuesSerde.contentHash(bytes.clone()));
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 1;
            hashes.add(RecentValuesSerde.contentHash(changed));
        }
        assertEquals(bytes.length, hashes.size(), "one flipped bit anywhere gives a hash of its own");
        assertFalse(hashes.contains(hash));
        assertNotEquals(RecentValuesSerde.contentHash(new byte[8]), RecentValuesSerde.contentHash(new byte[9]));
        assertNotEquals(RecentValuesSerde.contentHash(new byte[0]), RecentValuesSerde.contentHash(new byte[1]));
    }
}
