package io.litstream.ingest.fetch;

import io.litstream.topics.deadletter.DeadLetterReason;
import java.net.URI;
import java.util.Objects;

/** What a fetch gave: the body, "not modified", or a failure that says why. Never an exception. */
public sealed interface FetchResult permits FetchResult.Ok, FetchResult.NotModified, FetchResult.Failed {

    /** The URL asked for. */
    URI requested();

    /** A {@code 2xx} body, read in full and within the size limit. */
    record Ok(URI requested, URI finalUri, byte[] body, String contentType, Validators validators) implements FetchResult {
        public Ok {
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(body, "body");
            contentType = contentType == null ? "" : contentType;
            validators = validators == null ? Validators.none() : validators;
        }

        @Override
        public String toString() {
            return "Ok[" + finalUri + ", " + body.length + " bytes, " + contentType + "]";
        }
    }

    /** The server confirmed that the version we hold is current ({@code 304}). */
    record NotModified(URI requested, Validators validators) implements FetchResult {
    }

    /**
     * The fetch did not succeed.
     *
     * @param kind   what went wrong, for counters and for the decision to try again later
     * @param status the last HTTP status seen, or 0 when there was no response
     * @param detail a short explanation for logs and dead-letter headers
     */
    record Failed(URI requested, FailureKind kind, int status, String detail) implements FetchResult {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            detail = detail == null ? "" : detail;
        }

        /** The dead-letter code this failure is filed under. */
        public DeadLetterReason reason() {
            return kind.reason();
        }

        /** Whether trying again later may succeed (the server or the network may recover). */
        public boolean transientFailure() {
            return kind.transientFailure();
        }
    }

    /** The ways a fetch fails. */
    enum FailureKind {
        /** The URL is not absolute http(s) or cannot be parsed. */
        BAD_URL(false),
        /** The host resolves to an address the guard refuses (loopback, private, link-local ...). */
        ADDRESS_REFUSED(false),
        /** robots.txt disallows the path for us. */
        ROBOTS_DISALLOWED(false),
        /** A redirect loop, too many hops, or a redirect without a usable Location. */
        REDIRECTS(false),
        /** The body is larger than the limit. */
        TOO_LARGE(false),
        /** A 4xx other than 429: the resource is gone or forbidden. */
        CLIENT_ERROR(false),
        /** 429 or 5xx after every retry. */
        SERVER_ERROR(true),
        /** No complete response within the read timeout. */
        TIMEOUT(true),
        /** DNS, connection or protocol failure. */
        NETWORK(true),
        /** The fetch was interrupted because the source is shutting down. */
        INTERRUPTED(true);

        private final boolean transientFailure;

        FailureKind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        public boolean transientFailure() {
            return transientFailure;
        }

        /** Only size has its own dead-letter code today; everything else is "could not read from its source". */
        public DeadLetterReason reason() {
            return this == TOO_LARGE ? DeadLetterReason.TOO_LARGE : DeadLetterReason.UNREADABLE;
        }
    }
}
