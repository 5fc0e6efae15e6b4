package io.litstream.ops.dashboard;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Whether the pipeline's topics exist, asked of the cluster at most once per {@code ttlMillis}
 * so that a readiness probe every second costs the brokers nothing. A failed call means "no".
 */
public final class TopicPresence implements BooleanSupplier {
    private final Admin admin;
    private final List<String> topics;
    private final long ttlMillis;
    private final LongSupplier clock;
    private long checkedAt = Long.MIN_VALUE;
    private boolean present;

    public TopicPresence(Admin admin, List<String> topics, long ttlMillis) {
        this(admin, topics, ttlMillis, System::currentTimeMillis);
    }

    TopicPresence(Admin admin, List<String> topics, long ttlMillis, LongSupplier clock) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.ttlMillis = ttlMillis;
        this.clock = clock;
    }

    @Override
    public synchronized boolean getAsBoolean() {
        long now = clock.getAsLong();
        if (checkedAt == Long.MIN_VALUE || now - checkedAt >= ttlMillis) {
            present = ask();
            checkedAt = now;
        }
        return present;
    }

    private boolean ask() {
        try {
            Set<String> names = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            return names.containsAll(topics);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
