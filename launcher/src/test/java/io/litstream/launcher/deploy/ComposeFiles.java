package io.litstream.launcher.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the deployment files the way Docker Compose does, as far as the tests need: YAML with
 * anchors, aliases and {@code <<} merge keys resolved (Jackson's YAML parser leaves {@code <<} as a
 * plain key, so the document is loaded by SnakeYAML, the engine under jackson-dataformat-yaml, and
 * navigated as a Jackson tree), later files merged over earlier ones mapping by mapping, and
 * {@code ${VAR:-default}} read as its default.
 */
final class ComposeFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):-([^}]*)}");

    private ComposeFiles() {
    }

    /** The repository's root: where docker-compose.yml lives (tests run in launcher/). */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docker-compose.yml")) && Files.isDirectory(p.resolve("launcher"))) {
                return p;
            }
        }
        throw new IllegalStateException("no docker-compose.yml above " + here);
    }

    static JsonNode yaml(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader r = Files.newBufferedReader(file)) {
            Object doc = new Yaml(options).load(r);
            return JSON.valueToTree(doc);
        }
    }

    static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** {@code docker compose -f first -f second ...}: each file's mappings merged over the earlier ones'. */
    static JsonNode compose(Path... files) throws IOException {
        ObjectNode merged = JSON.createObjectNode();
        for (Path f : files) {
            merge(merged, yaml(f));
        }
        return merged;
    }

    /** Mappings merge key by key; anything else (scalars, sequences such as {@code command}) is replaced. */
    private static void merge(ObjectNode into, JsonNode from) {
        from.fields().forEachRemaining(e -> {
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode target && e.getValue().isObject()) {
                merge(target, e.getValue());
            } else {
                into.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    /** A service's environment with compose variables read as their defaults. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        service.path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), interpolate(e.getValue().asText())));
        return env;
    }

    static String interpolate(String value) {
        Matcher m = VARIABLE.matcher(value);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
    }
}
