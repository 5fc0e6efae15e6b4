package io.litstream.ingest.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.litstream.ingest.identity.ArticleUrl;
import io.litstream.ingest.state.StateKeys;
import io.litstream.ingest.state.StateStore;
import io.litstream.topics.article.RawArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises an article as a copy of one published before: exactly (same PMID, DOI, canonical URL
 * or content hash under another article id) or nearly (MinHash similarity of the text at or above
 * {@link NearDuplicateIndex#DEFAULT_THRESHOLD}).
 *
 * <p>What is remembered, in the {@link StateStore} so that it survives restarts: for each
 * published article, the first id per identifier ({@code first:pmid:...} and so on) and its
 * signature ({@code fp:<id>}, only for the articles in the index window); for each copy,
 * a {@code dup:<id>} link to the first. Articles being published but not yet acknowledged are
 * {@link #reserve reserved} in memory, so that five copies of a press release read in one batch
 * still publish once; {@link #confirm} persists a reservation, {@link #release} drops it.
 *
 * <p>Not thread-safe: the publisher serialises calls.
 */
public final class DuplicateDetector {
    private static final Logger LOG = LoggerFactory.getLogger(DuplicateDetector.class);

    private final StateStore state;
    private final NearDuplicateIndex index;
    private final ObjectMapper json = new ObjectMapper();
    /** Identifier keys of reserved articles, not yet in the state. */
    private final Map<String, String> reservedKeys = new HashMap<>();

    /** Builds the index from the fingerprints in {@code state}, oldest first. */
    public DuplicateDetector(StateStore state, NearDuplicateIndex index) {
        this.state = state;
        this.index = index;
        int restored = 0;
        for (Map.Entry<String, String> e : state.withPrefix(StateKeys.FINGERPRINT).entrySet()) {
            String id = e.getKey().substring(StateKeys.FINGERPRINT.length());
            try {
                forgetEvicted(index.add(id, MinHashSignature.decode(e.getValue())));
                restored++;
            } catch (IllegalArgumentException bad) {
                LOG.warn("ignoring unreadable fingerprint of {}", id);
            }
        }
        if (restored > 0) {
            LOG.info("restored {} fingerprints", restored);
        }
    }

    /** The earlier article {@code article} copies, if any; {@code signature} is its text's, when it has one. */
    public Optional<Duplicate> find(RawArticle article, Optional<MinHashSignature> signature) {
        Optional<Duplicate> linked = state.get(StateKeys.DUPLICATE + article.id())
                .flatMap(link -> parseLink(link, article.contentHash()));
        if (linked.isPresent()) {
            return linked;
        }
        for (Map.Entry<String, DuplicateKind> key : identifierKeys(article).entrySet()) {
            String first = reservedKeys.get(key.getKey());
            if (first == null) {
                first = state.get(key.getKey()).orElse(null);
            }
            if (first != null && !first.equals(article.id())) {
                return Optional.of(new Duplicate(first, key.getValue(), 1.0));
            }
        }
        return signature.flatMap(s -> index.find(s, article.id()))
                .map(m -> new Duplicate(m.articleId(), DuplicateKind.NEAR, m.similarity()));
    }

    /**
     * Records that {@code copy} was not published because it duplicates {@code duplicate.firstId()}.
     * The link holds the copy's content hash: an id that names a place (a file, a page) may later
     * hold other content, which is judged afresh.
     */
    public void link(RawArticle copy, Duplicate duplicate) {
        ObjectNode value = json.createObjectNode()
                .put("of", duplicate.firstId())
                .put("hash", copy.contentHash())
                .put("by", duplicate.kind().name().toLowerCase(Locale.ROOT))
                .put("similarity", Math.round(duplicate.similarity() * 1000) / 1000.0);
        state.put(StateKeys.DUPLICATE + copy.id(), value.toString());
    }

    /** Holds {@code article}'s identifiers and signature while its publication is in flight. */
    public void reserve(RawArticle article, Optional<MinHashSignature> signature) {
        identifierKeys(article).keySet().forEach(k -> reservedKeys.putIfAbsent(k, article.id()));
        signature.ifPresent(s -> forgetEvicted(index.add(article.id(), s)));
    }

    /** The article was published: its identifiers and signature become durable. */
    public void confirm(RawArticle article, Optional<MinHashSignature> signature) {
        for (String key : identifierKeys(article).keySet()) {
            if (state.get(key).isEmpty()) {
                state.put(key, article.id());
            }
            reservedKeys.remove(key, article.id());
        }
        signature.ifPresent(s -> state.put(StateKeys.FINGERPRINT + article.id(), s.encode()));
    }

    /** The article could not be published: it no longer blocks copies of itself. */
    public void release(RawArticle article, Optional<MinHashSignature> signature) {
        identifierKeys(article).keySet().forEach(k -> reservedKeys.remove(k, article.id()));
        if (signature.isPresent() && state.get(StateKeys.FINGERPRINT + article.id()).isEmpty()) {
            index.remove(article.id());
        }
    }

    private void forgetEvicted(List<String> evicted) {
        for (String id : evicted) {
            state.remove(StateKeys.FINGERPRINT + id);
        }
    }

    /** The identifier keys an article claims, in order of authority. */
    static Map<String, DuplicateKind> identifierKeys(RawArticle a) {
        Map<String, DuplicateKind> keys = new java.util.LinkedHashMap<>();
        if (present(a.pmid())) {
            keys.put(StateKeys.FIRST_BY_PMID + a.pmid().strip(), DuplicateKind.PMID);
        }
        if (present(a.doi())) {
            keys.put(StateKeys.FIRST_BY_DOI + a.doi().strip().toLowerCase(Locale.ROOT), DuplicateKind.DOI);
        }
        if (present(a.url()) && ArticleUrl.isArticleUrl(a.url())) {
            keys.put(StateKeys.FIRST_BY_URL + a.url().strip(), DuplicateKind.URL);
        }
        if (present(a.contentHash())) {
            keys.put(StateKeys.FIRST_BY_CONTENT + a.contentHash(), DuplicateKind.CONTENT);
        }
        return keys;
    }

    /** The link, unless it was made for other content than {@code contentHash} (links without a hash predate it). */
    private Optional<Duplicate> parseLink(String value, String contentHash) {
        try {
            JsonNode n = json.readTree(value);
            String linkedHash = n.path("hash").asText("");
            if (!linkedHash.isEmpty() && !linkedHash.equals(contentHash)) {
                return Optional.empty();
            }
            DuplicateKind kind = DuplicateKind.valueOf(n.path("by").asText().toUpperCase(Locale.ROOT));
            return Optional.of(new Duplicate(n.path("of").asText(), kind, n.path("similarity").asDouble(1.0)));
        } catch (Exception e) {
            LOG.warn("ignoring unreadable duplicate link {}", value);
            return Optional.empty();
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
