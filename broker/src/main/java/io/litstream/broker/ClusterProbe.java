package io.litstream.broker;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/**
 * Asks a cluster for its brokers before a command builds anything on it. Kafka's clients retry an
 * unreachable address for their whole API timeout (a minute by default) and then fail with
 * whatever the last attempt left, often with no message; one bounded question first turns that
 * into one line naming the address, what was tried and for how long.
 */
public final class ClusterProbe {
    private ClusterProbe() {
    }

    /**
     * Returns when the cluster answers within {@code timeout}.
     *
     * @param client         the Kafka client settings the commands will use on it
     * @param timeoutSetting the name of the setting {@code timeout} came from, for the message
     * @throws ClusterUnreachableException otherwise
     */
    public static void requireReachable(Map<String, Object> client, String bootstrapServers, Duration timeout,
            String timeoutSetting) {
        Map<String, Object> config = new HashMap<>(client);
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.putIfAbsent(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        config.putIfAbsent(CommonClientConfigs.CLIENT_ID_CONFIG, "litstream-probe");
        String tried = "asked for its brokers over " + config.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
        Admin admin;
        try {
            admin = Admin.create(config);
        } catch (KafkaException e) {
            throw new ClusterUnreachableException(bootstrapServers, "cannot use the address: " + causeOf(e));
        }
        try {
            admin.describeCluster().nodes().get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ClusterUnreachableException(bootstrapServers, tried + ", no answer within " + seconds(timeout)
                    + " (" + timeoutSetting + ")");
        } catch (ExecutionException e) {
            throw new ClusterUnreachableException(bootstrapServers, tried + ": " + causeOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterUnreachableException(bootstrapServers, "interrupted while waiting for an answer");
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String causeOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The cluster did not answer; the message is one line for a person. */
    public static final class ClusterUnreachableException extends IllegalStateException {
        ClusterUnreachableException(String address, String what) {
            super("cannot reach the Kafka cluster at " + address + ": " + what);
        }
    }
}
