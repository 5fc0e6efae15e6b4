package io.litstream.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Test resources, with {@code {{BASE}}} replaced by the loopback server's address. */
public final class TestResources {
    private TestResources() {
    }

    public static String text(String resource, URI base) {
        try (InputStream in = TestResources.class.getResourceAsStream("/io/litstream/ingest/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String b = base.toString();
            return text.replace("{{BASE}}", b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
