package io.litstream.launcher.config;

import io.litstream.ingest.SourcesConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one setting's value must look like. {@link #problem} returns a sentence naming the key and
 * what was wrong, so that every bad setting is reported at once, before anything starts.
 */
sealed interface SettingRule {
    /** Why {@code value} is not acceptable for {@code key}, or empty when it is. */
    Optional<String> problem(String key, String value);

    /** Any text. */
    record Text() implements SettingRule {
        @Override
        public Optional<String> problem(String key, String value) {
            return Optional.empty();
        }
    }

    /** A whole number in {@code [min, max]}. */
    record WholeNumber(long min, long max) implements SettingRule {
        @Override
        public Optional<String> problem(String key, String value) {
            try {
                long n = Long.parseLong(value.strip());
                return n < min || n > max
                        ? Optional.of(key + " must be between " + min + " and " + max + ", was " + value)
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(key + " must be a whole number, was '" + value + "'");
            }
        }
    }

    /** A decimal number in {@code [min, max]}. */
    record Decimal(double min, double max) implements SettingRule {
        @Override
        public Optional<String> problem(String key, String value) {
            try {
                double d = Double.parseDouble(value.strip());
                return d < min || d > max || Double.isNaN(d)
                        ? Optional.of(key + " must be between " + min + " and " + max + ", was " + value)
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(key + " must be a number, was '" + value + "'");
            }
        }
    }

    /** A duration ({@code 30s}, {@code 15m}, {@code PT1H}); positive, or at least zero when {@code zeroAllowed}. */
    record Length(boolean zeroAllowed) implements SettingRule {
        @Override
        public Optional<String> problem(String key, String value) {
            Duration d;
            try {
                d = SourcesConfig.duration(k -> Optional.of(value), key, null);
            } catch (IllegalArgumentException e) {
                return Optional.of(key + " must be a duration such as 30s, 15m, 1h, 7d or PT15M, was '" + value + "'");
            }
            boolean bad = d.isNegative() || (!zeroAllowed && d.isZero());
            return bad ? Optional.of(key + " must be " + (zeroAllowed ? "zero or more" : "positive") + ", was " + value)
                    : Optional.empty();
        }
    }

    /** {@code true} or {@code false}. */
    record Flag() implements SettingRule {
        @Override
        public Optional<String> problem(String key, String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            return v.equals("true") || v.equals("false") ? Optional.empty()
                    : Optional.of(key + " must be true or false, was '" + value + "'");
        }
    }

    /** One of a few words. */
    record OneOf(Set<String> values) implements SettingRule {
        @Override
        public Optional<String> problem(String key, String value) {
            return values.contains(value.strip().toLowerCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of(key + " must be one of " + String.join(", ", new java.util.TreeSet<>(values)) + ", was '" + value + "'");
        }
    }

    /** A host name or address. */
    record Host() implements SettingRule {
        private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");

        @Override
        public Optional<String> problem(String key, String value) {
            return HOST.matcher(value.strip()).matches() ? Optional.empty()
                    : Optional.of(key + " must be a host name or address, was '" + value + "'");
        }
    }

    /** A comma-separated list of {@code host:port}. */
    record HostPorts() implements SettingRule {
        private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+):(\\d{1,5})");

        @Override
        public Optional<String> problem(String key, String value) {
            for (String part : value.split(",")) {
                var m = HOST_PORT.matcher(part.strip());
                if (!m.matches() || Integer.parseInt(m.group(2)) > 65535) {
                    return Optional.of(key + " must be HOST:PORT[,HOST:PORT...], and '" + part.strip() + "' is not");
                }
            }
            return Optional.empty();
        }
    }

    /** A list of absolute http(s) URLs, separated by commas. */
    record Urls() implements SettingRule {
        @Override
        public Optional<String> problem(String key, String value) {
            for (String part : value.split(",")) {
                String u = part.strip();
                if (u.isEmpty()) {
                    continue;
                }
                try {
                    URI uri = new URI(u);
                    if (!uri.isAbsolute() || uri.getHost() == null) {
                        return Optional.of(key + " must hold absolute URLs, and '" + u + "' is not one");
                    }
                } catch (java.net.URISyntaxException e) {
                    return Optional.of(key + " must hold absolute URLs, and '" + u + "' is not one");
                }
            }
            return Optional.empty();
        }
    }
}
