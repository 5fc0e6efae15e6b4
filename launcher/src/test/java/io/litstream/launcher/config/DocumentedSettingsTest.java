package io.litstream.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table and the up-front check know the same settings. */
class DocumentedSettingsTest {
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[a-z0-9.*]+`(?: / )?)+) \\|");
    private static final Pattern KEY = Pattern.compile("`([a-z0-9.*]+)`");

    private static Set<String> documentedKeys() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int start = lines.indexOf("## Configuration");
        assertTrue(start >= 0, "the README has a Configuration section");
        Set<String> keys = new TreeSet<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            if (row.find()) {
                Matcher key = KEY.matcher(row.group(1));
                while (key.find()) {
                    if (!key.group(1).endsWith("*")) {
                        keys.add(key.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everySettingTheCheckKnowsIsInTheReadmeAndEveryDocumentedOneIsChecked() throws IOException {
        Set<String> documented = documentedKeys();
        assertTrue(documented.size() > 20, "read the table: " + documented);
        assertEquals(new TreeSet<>(SettingsCheck.RULES.keySet()), documented);
    }
}
