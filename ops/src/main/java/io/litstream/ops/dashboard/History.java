package io.litstream.ops.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * The last values of one figure (a topic's message count, a group's lag), oldest first, in a
 * fixed-size ring: memory stays the same however long the process runs. Thread-safe.
 */
public final class History {
    /** One sample: when (epoch millis) and the value then. */
    public record Point(long at, long value) {
    }

    private final Point[] ring;
    private int next;
    private int size;

    public History(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a history needs room for at least two points");
        }
        ring = new Point[capacity];
    }

    public synchronized void add(long at, long value) {
        ring[next] = new Point(at, value);
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    /** Every point held, oldest first. */
    public synchronized List<Point> points() {
        List<Point> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(ring[(next - size + i + ring.length) % ring.length]);
        }
        return out;
    }

    /** The latest value, or 0 before the first sample. */
    public synchronized long latest() {
        return size == 0 ? 0 : ring[(next - 1 + ring.length) % ring.length].value();
    }

    /**
     * How fast the value grew, per second, between the newest point and the oldest one no older
     * than {@code windowMillis} before it; 0 with fewer than two points. A value that fell (a
     * topic deleted and made again) counts as no growth rather than a negative rate.
     */
    public synchronized double ratePerSecond(long windowMillis) {
        List<Point> all = points();
        if (all.size() < 2) {
            return 0;
        }
        Point newest = all.get(all.size() - 1);
        Point from = null;
        for (Point p : all) {
            if (p != newest && newest.at() - p.at() <= windowMillis) {
                from = p;
                break;
            }
        }
        if (from == null || newest.at() <= from.at()) {
            return 0;
        }
        double grown = Math.max(0, newest.value() - from.value());
        return grown * 1000.0 / (newest.at() - from.at());
    }
}
