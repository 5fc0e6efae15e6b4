package io.litstream.ingest.publish;

import io.litstream.ingest.dedupe.Duplicate;
import io.litstream.ingest.dedupe.DuplicateDetector;
import io.litstream.ingest.dedupe.MinHashSignature;
import io.litstream.ingest.dedupe.MinHasher;
import io.litstream.ingest.dedupe.NearDuplicateIndex;
import io.litstream.ingest.state.StateKeys;
import io.litstream.ingest.state.StateStore;
import io.litstream.topics.article.RawArticle;
import java.util.Optional;

/**
 * Decides, once and only once, whether an article is published: not when the same content was
 * already published under its id ({@code hash:<id>} in the state), not when it copies an article
 * published before (see {@link DuplicateDetector}); otherwise it is claimed, and the claim is
 * {@link #confirmed} when the broker acknowledges the article or {@link #failed} when it does not.
 * Only acknowledged articles reach the state, so a crash between send and acknowledgement
 * republishes (the compacted topic absorbs that) rather than loses.
 *
 * <p>A copy is never published: it would count twice in the summaries. It is linked to the first
 * copy in the state ({@code dup:<id>} = {@code {"of", "by", "similarity"}}), counted, and logged.
 * Thread-safe.
 */
final class PublicationLedger {
    /** What to do with one article. */
    sealed interface Decision permits Publish, Unchanged, Copy {
    }

    /** Send it, then report the outcome with this claim. */
    record Publish(RawArticle article, Optional<MinHashSignature> signature) implements Decision {
    }

    /** The same content is already published, or being published, under this id. */
    record Unchanged() implements Decision {
    }

    /** A copy of an article published earlier; not sent. */
    record Copy(Duplicate duplicate) implements Decision {
    }

    private final StateStore state;
    private final DuplicateDetector duplicates;
    private final MinHasher hasher = new MinHasher();
    /** Claims in flight: published content per id, not yet acknowledged. */
    private final PublishedHashes inFlight = new PublishedHashes();

    PublicationLedger(StateStore state) {
        this(state, new NearDuplicateIndex());
    }

    PublicationLedger(StateStore state, NearDuplicateIndex index) {
        this.state = state;
        this.duplicates = new DuplicateDetector(state, index);
    }

    Decision decide(RawArticle article) {
        // Hashing the text is the expensive part and needs no lock.
        Optional<MinHashSignature> signature = hasher.signature(article.text());
        synchronized (this) {
            Optional<String> published = state.get(StateKeys.PUBLISHED_HASH + article.id());
            if (published.isPresent() && published.get().equals(article.contentHash())) {
                return new Unchanged();
            }
            if (!inFlight.claim(article.id(), article.contentHash())) {
                return new Unchanged();
            }
            // A new version of an article already published is an update, not a copy of anything.
            if (published.isEmpty()) {
                Optional<Duplicate> copy = duplicates.find(article, signature);
                if (copy.isPresent()) {
                    inFlight.release(article.id(), article.contentHash());
                    duplicates.link(article, copy.get());
                    return new Copy(copy.get());
                }
            }
            duplicates.reserve(article, signature);
            return new Publish(article, signature);
        }
    }

    /** The broker acknowledged the article: remember it for good. */
    synchronized void confirmed(Publish claim) {
        RawArticle a = claim.article();
        state.put(StateKeys.PUBLISHED_HASH + a.id(), a.contentHash());
        duplicates.confirm(a, claim.signature());
        inFlight.release(a.id(), a.contentHash());
    }

    /** The article was not sent or not acknowledged: the next read may try again. */
    synchronized void failed(Publish claim) {
        RawArticle a = claim.article();
        inFlight.release(a.id(), a.contentHash());
        duplicates.release(a, claim.signature());
    }
}
