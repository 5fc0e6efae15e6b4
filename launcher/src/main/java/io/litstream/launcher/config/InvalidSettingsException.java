package io.litstream.launcher.config;

import java.util.List;

/** The settings cannot work; every problem found, one sentence each. The command exits with code 2. */
public final class InvalidSettingsException extends IllegalArgumentException {
    private final transient List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
