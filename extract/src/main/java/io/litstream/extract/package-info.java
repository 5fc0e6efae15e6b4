/**
 * The extract stage: raw articles in, therapies, mechanisms and claims out.
 *
 * <p>{@link io.litstream.extract.ArticleExtractor} runs the steps in order, each in its own package:
 * {@code structure} (blocks, sections, clutter removal), {@code nlp} (OpenNLP sentences, tokens,
 * POS tags), {@code abbreviation} (define-once short forms), {@code lexicon} (therapy and
 * mechanism lexicon as data, longest-match matcher), {@code claims} (claim types, polarity,
 * hedging, evidence, attribution of back-references). {@code stream} wraps it in a Kafka Streams
 * topology with dead-letter handling.
 */
package io.litstream.extract;
