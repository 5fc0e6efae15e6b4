package io.litstream.launcher.pipeline;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litstream.launcher.config.Settings;
import io.litstream.launcher.testkit.TestSettings;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsPortOpenToTheNetworkNeedsATokenTest {
    @Test
    void thePipelineRefusesToStartBeforeTouchingAnything(@TempDir Path work) {
        Settings settings = TestSettings.pipeline(work, Map.of(Settings.OPS_HOST, "0.0.0.0"));
        // No broker at this address: the refusal must come before any connection is tried.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.start(settings, "127.0.0.1:1", EnumSet.allOf(StageName.class)));
        assertTrue(e.getMessage().contains("ops.token"), e.getMessage());
    }
}
