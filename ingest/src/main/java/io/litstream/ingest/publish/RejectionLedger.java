package io.litstream.ingest.publish;

import io.litstream.ingest.identity.ContentHash;
import io.litstream.ingest.read.Rejection;
import io.litstream.ingest.state.StateKeys;
import io.litstream.ingest.state.StateStore;
import java.util.Optional;

/**
 * Which local inputs were dead-lettered, and for what, so that an unchanged bad file is
 * dead-lettered once: every restart rescans the inbox and reads it again.
 *
 * <p>Only local inputs are remembered (a source without a URL scheme: a file path, or a line of a
 * URL-list file). A failed fetch is an event of its own: the same feed failing again tomorrow is
 * news for the operator, and the network sources decide themselves when to try again. A local
 * input that is later accepted is forgotten, so should it break again the same way, that is
 * reported again.
 */
final class RejectionLedger {
    private final StateStore state;

    RejectionLedger(StateStore state) {
        this.state = state;
    }

    /** False when {@code source} is a local input already dead-lettered for the same reason and payload. */
    boolean isNew(String source, Rejection rejection) {
        return key(source).flatMap(state::get).map(seen -> !seen.equals(fingerprint(rejection))).orElse(true);
    }

    /** The dead letter for {@code source} was written. */
    void recorded(String source, Rejection rejection) {
        key(source).ifPresent(k -> state.put(k, fingerprint(rejection)));
    }

    /** {@code source} became an article: a later failure of it is news again. */
    void accepted(String source) {
        key(source).ifPresent(state::remove);
    }

    private static Optional<String> key(String source) {
        return source == null || source.contains("://") ? Optional.empty() : Optional.of(StateKeys.REJECTED + source);
    }

    private static String fingerprint(Rejection rejection) {
        return rejection.reason() + ":" + ContentHash.ofBytes(rejection.payload());
    }
}
