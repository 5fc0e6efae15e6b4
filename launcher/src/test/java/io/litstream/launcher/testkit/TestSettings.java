package io.litstream.launcher.testkit;

import io.litstream.launcher.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Pipeline settings for a test: its own work folder and inbox, any free ports for the HTTP servers. */
public final class TestSettings {
    private TestSettings() {
    }

    /** Work folder {@code work}, inbox {@code work/inbox}, ephemeral ports; {@code extra} replaces any of it. */
    public static Settings pipeline(Path work, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of(
                Settings.WORK_DIR, work.toString(),
                Settings.INGEST_DIRS, inbox(work).toString(),
                Settings.HTTP_PORT, "0",
                Settings.OPS_PORT, "0"));
        values.putAll(extra);
        return Settings.load(null, Map.of(), values);
    }

    public static Settings pipeline(Path work) {
        return pipeline(work, Map.of());
    }

    public static Path inbox(Path work) {
        return work.resolve("inbox");
    }
}
