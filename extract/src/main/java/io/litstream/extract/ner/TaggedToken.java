package io.litstream.extract.ner;

/**
 * One token of a CoNLL-style corpus line with its entity tag.
 *
 * @param text the token
 * @param tag  the entity tag, e.g. {@code I-INT}, {@code I-PAR}, {@code I-OUT} or {@code O}
 */
public record TaggedToken(String text, String tag) {
}
