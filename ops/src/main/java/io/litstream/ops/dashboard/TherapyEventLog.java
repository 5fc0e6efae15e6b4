package io.litstream.ops.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.litstream.topics.event.TherapyEvent;
import io.litstream.topics.serde.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The latest change events per therapy from {@code litstream.therapies.events}. Bounded: at most
 * {@code perTherapy} events for each of at most {@code therapies} therapies, the least recently
 * changed therapy forgotten first. A record that is not a readable event is counted and skipped.
 */
public final class TherapyEventLog {
    private final ObjectMapper json = Json.newMapper();
    private final int perTherapy;
    private final Map<String, Deque<TherapyEvent>> byTherapy;
    private long events;
    private long unreadable;

    public TherapyEventLog(int therapies, int perTherapy) {
        this.perTherapy = perTherapy;
        this.byTherapy = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<TherapyEvent>> eldest) {
                return size() > therapies;
            }
        };
    }

    public synchronized void add(ConsumerRecord<byte[], byte[]> r) {
        if (r.value() == null) {
            return;
        }
        TherapyEvent event;
        try {
            event = json.readValue(r.value(), TherapyEvent.class);
        } catch (IOException e) {
            unreadable++;
            return;
        }
        String therapy = event.therapyId() != null ? event.therapyId()
                : r.key() == null ? "" : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
        Deque<TherapyEvent> list = byTherapy.computeIfAbsent(therapy, k -> new ArrayDeque<>());
        list.addFirst(event);
        while (list.size() > perTherapy) {
            list.removeLast();
        }
        events++;
    }

    /** The latest events of one therapy, newest first. */
    public synchronized List<TherapyEvent> of(String therapyId) {
        Deque<TherapyEvent> list = byTherapy.get(therapyId);
        return list == null ? List.of() : new ArrayList<>(list);
    }

    public synchronized long events() {
        return events;
    }

    public synchronized long unreadable() {
        return unreadable;
    }
}
