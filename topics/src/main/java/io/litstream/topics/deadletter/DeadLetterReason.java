package io.litstream.topics.deadletter;

/** Why a record went to the dead-letter topic; the code in the {@code litstream.dlq.reason} header. */
public enum DeadLetterReason {
    /** The body is empty or whitespace only. */
    EMPTY_BODY,
    /** The body is binary (NUL bytes, an image, an archive). */
    BINARY_CONTENT,
    /** The body could not be decoded as text in its declared or any fallback encoding. */
    UNDECODABLE,
    /** The body is larger than the configured maximum. */
    TOO_LARGE,
    /** The input could not be read from its source (I/O error, unreachable host). */
    UNREADABLE,
    /** A record on a topic could not be deserialized. */
    DESERIALIZATION_ERROR,
    /** A stage threw while processing the record. */
    PROCESSING_ERROR,
    /** The article is clearly written in a language other than English, which extraction cannot read. */
    UNSUPPORTED_LANGUAGE,
    /** The document holds pages but no text to read: a scanned PDF without a text layer (needs OCR, which ingest does not do). */
    NO_TEXT_LAYER,
    /** A file of a type ingest does not read (a Word document, an image, an archive, an unknown extension). */
    UNSUPPORTED_FORMAT
}
