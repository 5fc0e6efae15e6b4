package io.litstream.launcher.config;

import io.litstream.ingest.SourcesConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every setting before anything starts: each value parsed and range-checked, unknown keys
 * refused with the nearest known one suggested, and every problem reported together. A typo
 * ({@code topics.partitons}) would otherwise be ignored in silence and a bad value found only when
 * the stage that reads it starts, after the broker and the other stages.
 *
 * <p>Keys under {@code kafka.} go to the Kafka clients, which check them. Keys taken from the
 * environment are not refused for being unknown: a {@code LITSTREAM_*} variable may be meant for
 * another tool (the launcher script's {@code LITSTREAM_LOG_LEVEL}, say).
 */
public final class SettingsCheck {
    private static final SettingRule TEXT = new SettingRule.Text();
    private static final SettingRule POSITIVE_DURATION = new SettingRule.Length(false);
    private static final SettingRule PORT = new SettingRule.WholeNumber(0, 65535);
    private static final SettingRule THREADS = new SettingRule.WholeNumber(1, 64);
    private static final SettingRule FLAG = new SettingRule.Flag();

    /** Every setting the pipeline reads, with its rule. */
    static final Map<String, SettingRule> RULES = Map.ofEntries(
            Map.entry(Settings.BOOTSTRAP_SERVERS, new SettingRule.HostPorts()),
            Map.entry(Settings.BOOTSTRAP_TIMEOUT, POSITIVE_DURATION),
            Map.entry(Settings.WORK_DIR, TEXT),
            Map.entry(Settings.TOPICS_PARTITIONS, new SettingRule.WholeNumber(1, 10_000)),
            Map.entry(Settings.TOPICS_REPLICATION, new SettingRule.WholeNumber(1, Short.MAX_VALUE)),
            Map.entry(Settings.TOPICS_MIN_ISR, new SettingRule.WholeNumber(1, Short.MAX_VALUE)),
            Map.entry(Settings.INGEST_DIRS, TEXT),
            Map.entry(Settings.INGEST_DIRS_SETTLE, POSITIVE_DURATION),
            Map.entry(Settings.INGEST_MAX_BYTES, new SettingRule.WholeNumber(1, 1L << 30)),
            Map.entry(Settings.EXTRACT_THREADS, THREADS),
            Map.entry(Settings.AGGREGATE_THREADS, THREADS),
            Map.entry(Settings.HTTP_HOST, new SettingRule.Host()),
            Map.entry(Settings.HTTP_PORT, PORT),
            Map.entry(Settings.SCORE_THRESHOLD, new SettingRule.Decimal(0, 1)),
            Map.entry(Settings.ARMS_PROMOTE_AFTER, new SettingRule.WholeNumber(1, 1_000_000)),
            Map.entry(Settings.OPS_HOST, new SettingRule.Host()),
            Map.entry(Settings.OPS_PORT, PORT),
            Map.entry(Settings.OPS_METRICS_KAFKA, new SettingRule.OneOf(Set.of("summary", "full"))),
            Map.entry(Settings.OPS_TOKEN, TEXT),
            Map.entry(Settings.SHUTDOWN_TIMEOUT, POSITIVE_DURATION),
            Map.entry(SourcesConfig.FEEDS, new SettingRule.Urls()),
            Map.entry(SourcesConfig.SITEMAPS, new SettingRule.Urls()),
            Map.entry(SourcesConfig.URL_LISTS, TEXT),
            Map.entry(SourcesConfig.PUBMED_QUERIES, TEXT),
            Map.entry(SourcesConfig.FEED_INTERVAL, POSITIVE_DURATION),
            Map.entry(SourcesConfig.PAGE_INTERVAL, POSITIVE_DURATION),
            Map.entry(SourcesConfig.PUBMED_INTERVAL, POSITIVE_DURATION),
            Map.entry(SourcesConfig.PUBMED_WINDOW, POSITIVE_DURATION),
            Map.entry(SourcesConfig.PUBMED_DATETYPE, new SettingRule.OneOf(Set.of("edat", "pdat", "mdat"))),
            Map.entry(SourcesConfig.PUBMED_API_KEY, TEXT),
            Map.entry(SourcesConfig.PUBMED_BASE_URL, new SettingRule.Urls()),
            Map.entry(SourcesConfig.CONTACT_EMAIL, TEXT),
            Map.entry(SourcesConfig.ALLOW_PRIVATE, FLAG),
            Map.entry(SourcesConfig.ALLOW_LOOPBACK, FLAG),
            Map.entry(SourcesConfig.MIN_INTERVAL, new SettingRule.Length(true)),
            Map.entry(SourcesConfig.CONNECT_TIMEOUT, POSITIVE_DURATION),
            Map.entry(SourcesConfig.READ_TIMEOUT, POSITIVE_DURATION),
            Map.entry(SourcesConfig.RETRACTIONS_FILE, TEXT),
            Map.entry(SourcesConfig.RETRACTIONS_INTERVAL, POSITIVE_DURATION),
            Map.entry(SourcesConfig.CTGOV_QUERIES, TEXT),
            Map.entry(SourcesConfig.CTGOV_INTERVAL, POSITIVE_DURATION),
            Map.entry(SourcesConfig.CTGOV_BASE_URL, new SettingRule.Urls()),
            Map.entry(SourcesConfig.EUROPEPMC_QUERIES, TEXT),
            Map.entry(SourcesConfig.EUROPEPMC_INTERVAL, POSITIVE_DURATION),
            Map.entry(SourcesConfig.EUROPEPMC_BASE_URL, new SettingRule.Urls()),
            Map.entry(SourcesConfig.CROSSREF_ENABLED, FLAG),
            Map.entry(SourcesConfig.CROSSREF_BASE_URL, new SettingRule.Urls()),
            Map.entry(Settings.INGEST_DIRS_ON_DELETE, new SettingRule.OneOf(Set.of("ignore", "retract"))),
            Map.entry(Settings.INGEST_PDF_MAX_PAGES, new SettingRule.WholeNumber(1, 1_000_000)),
            Map.entry(Settings.INGEST_PDF_TIMEOUT, POSITIVE_DURATION),
            Map.entry(Settings.INGEST_PDF_MAX_MEMORY, new SettingRule.WholeNumber(1, 1L << 40)));

    private SettingsCheck() {
    }

    /**
     * Every problem with {@code values}, in key order; empty when all is well.
     *
     * @param fromEnvironment keys that came from the environment (not refused for being unknown)
     */
    public static List<String> problems(Map<String, String> values, Set<String> fromEnvironment) {
        List<String> problems = new ArrayList<>();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String key = e.getKey();
            if (key.startsWith(Settings.KAFKA_PREFIX)) {
                return;
            }
            SettingRule rule = RULES.get(key);
            if (rule == null) {
                if (!fromEnvironment.contains(key)) {
                    problems.add("unknown setting " + key + nearest(key).map(k -> " (did you mean " + k + "?)").orElse(""));
                }
            } else if (e.getValue() != null && !e.getValue().isBlank()) {
                rule.problem(key, e.getValue()).ifPresent(problems::add);
            }
        });
        return problems;
    }

    /** The known key closest to {@code key} in edit distance, when it is close enough to be a typo. */
    static Optional<String> nearest(String key) {
        return RULES.keySet().stream()
                .min(Comparator.comparingInt((String k) -> editDistance(key, k)).thenComparing(k -> k))
                .filter(k -> editDistance(key, k) <= Math.max(2, key.length() / 4));
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
