package io.litstream.ingest.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The day a source wrote into its state ({@code yyyy-MM-dd}), read back; empty when the entry is not a day. */
public final class StateDates {
    private StateDates() {
    }

    public static Optional<LocalDate> parse(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
