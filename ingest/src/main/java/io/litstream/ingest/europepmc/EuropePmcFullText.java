package io.litstream.ingest.europepmc;

import io.litstream.ingest.fetch.FetchResult;
import io.litstream.ingest.fetch.SafeXml;
import io.litstream.ingest.jats.JatsArticle;
import io.litstream.ingest.jats.JatsParser;
import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.util.Objects;

/**
 * Fetches the JATS full text of an open-access Europe PMC record and reads it with the reader
 * {@code .nxml} files go through. Whatever goes wrong (a 404, a timeout, XML that is malformed,
 * unsafe or not an article, an article with neither abstract nor body) is a {@link Missing}, so
 * the source can still publish the abstract it already has.
 */
final class EuropePmcFullText {
    private final EuropePmcClient client;
    private final JatsParser jats = new JatsParser();

    /** What fetching one full text gave. */
    sealed interface Outcome permits Read, Missing {
    }

    /** The full text, read. */
    record Read(JatsArticle article) implements Outcome {
    }

    /**
     * No usable full text: why, and what came back (empty when nothing did).
     *
     * @param uri the full text's address
     */
    record Missing(URI uri, DeadLetterReason reason, String detail, byte[] payload) implements Outcome {
    }

    EuropePmcFullText(EuropePmcClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    Outcome fetch(String pmcid) throws InterruptedException {
        URI uri = client.fullTextUri(pmcid);
        FetchResult result = client.fullText(pmcid);
        if (result instanceof FetchResult.Failed failed) {
            if (failed.kind() == FetchResult.FailureKind.INTERRUPTED) {
                throw new InterruptedException("stopping");
            }
            return new Missing(uri, failed.reason(), "Europe PMC full text failed: " + failed.kind()
                    + (failed.status() > 0 ? " (HTTP " + failed.status() + ")" : "") + ": " + failed.detail(), new byte[0]);
        }
        if (!(result instanceof FetchResult.Ok ok)) {
            return new Missing(uri, DeadLetterReason.UNREADABLE, "Europe PMC full text: unexpected " + result, new byte[0]);
        }
        try {
            JatsArticle article = jats.parse(ok.body());
            if (article.blocks().size() <= (article.title() == null ? 0 : 1)) {
                return new Missing(uri, DeadLetterReason.EMPTY_BODY, "Europe PMC full text with neither abstract nor body",
                        ok.body());
            }
            return new Read(article);
        } catch (SafeXml.UnsafeOrMalformedXml e) {
            return new Missing(uri, DeadLetterReason.UNREADABLE, "malformed or unsafe JATS XML from Europe PMC: "
                    + e.getMessage(), ok.body());
        } catch (JatsParser.NotJats e) {
            return new Missing(uri, DeadLetterReason.UNREADABLE, "Europe PMC full text: " + e.getMessage(), ok.body());
        }
    }
}
