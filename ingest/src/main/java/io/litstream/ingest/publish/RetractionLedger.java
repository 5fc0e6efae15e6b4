package io.litstream.ingest.publish;

import io.litstream.ingest.state.StateKeys;
import io.litstream.ingest.state.StateStore;
import io.litstream.topics.article.RawArticle;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which tombstones a {@link Retraction} needs, once and only once: the ids it names and the
 * ids the article was published under (found through {@code first:pmid:}, {@code first:doi:} and,
 * for a deleted file, {@code from-file:<path>}),
 * less those already retracted ({@code retracted:<id>} in the state, written when the broker
 * acknowledged the tombstone) or being retracted. An id the ingester never published is
 * tombstoned only when the retraction says so ({@link Retraction#evenUnpublished()}): a list of
 * 19,000 PMIDs must not become 19,000 tombstones.
 *
 * <p>Remembered retractions also keep the article out for good: {@link #isRetracted} is asked
 * before anything is published, by its id, {@code pmid:} and {@code doi:}. Thread-safe.
 */
final class RetractionLedger {
    private final StateStore state;
    private final Set<String> inFlight = new HashSet<>();

    RetractionLedger(StateStore state) {
        this.state = state;
    }

    /** The ids to send a tombstone for now; each is claimed until {@link #confirmed} or {@link #failed}. */
    synchronized List<String> claim(Retraction retraction) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : retraction.namedIds()) {
            if (retraction.evenUnpublished() || published(id)) {
                ids.add(id);
            }
        }
        Optional.ofNullable(retraction.pmid()).flatMap(p -> state.get(StateKeys.FIRST_BY_PMID + p)).ifPresent(ids::add);
        Optional.ofNullable(retraction.doi()).flatMap(d -> state.get(StateKeys.FIRST_BY_DOI + d)).ifPresent(ids::add);
        Optional.ofNullable(retraction.source()).flatMap(src -> state.get(StateKeys.FROM_FILE + src))
                .filter(this::published).ifPresent(ids::add);
        ids.removeIf(id -> state.get(StateKeys.RETRACTED + id).isPresent() || !inFlight.add(id));
        return List.copyOf(ids);
    }

    /**
     * The broker acknowledged {@code article}: a file's path is remembered with the id, so that
     * deleting the file can retract it (other sources never delete).
     */
    void published(RawArticle article) {
        if (article.sourceKind() == RawArticle.SourceKind.DIRECTORY && article.source() != null) {
            state.put(StateKeys.FROM_FILE + article.source(), article.id());
        }
    }

    /** The broker acknowledged the tombstone of {@code id}: never again. */
    synchronized void confirmed(String id, String reason) {
        state.put(StateKeys.RETRACTED + id, reason);
        inFlight.remove(id);
    }

    /** The tombstone was not sent: the next notice or list poll tries again. */
    synchronized void failed(String id) {
        inFlight.remove(id);
    }

    /** Whether the article, by its id, PMID or DOI, was retracted before. */
    boolean isRetracted(RawArticle article) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(article.id());
        if (article.pmid() != null && !article.pmid().isBlank()) {
            ids.add("pmid:" + article.pmid().strip());
        }
        if (article.doi() != null && !article.doi().isBlank()) {
            ids.add("doi:" + article.doi().strip().toLowerCase(Locale.ROOT));
        }
        return ids.stream().anyMatch(id -> state.get(StateKeys.RETRACTED + id).isPresent());
    }

    private boolean published(String id) {
        return state.get(StateKeys.PUBLISHED_HASH + id).isPresent();
    }
}
