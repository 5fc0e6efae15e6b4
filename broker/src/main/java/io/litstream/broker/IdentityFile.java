package io.litstream.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What a broker or cluster keeps in its data folder about itself (cluster id, ports) so that a
 * restart finds it again under the same identity and, when they are still free, the same ports.
 */
final class IdentityFile {
    private IdentityFile() {
    }

    /** The saved identity, empty when there is none yet. */
    static Properties load(Path file) throws IOException {
        Properties saved = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newInputStream(file)) {
                saved.load(in);
            }
        }
        return saved;
    }

    static void store(Path file, Properties identity, String comment) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            identity.store(out, comment);
        }
    }
}
