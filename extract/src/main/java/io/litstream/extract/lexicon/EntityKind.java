package io.litstream.extract.lexicon;

/** What a lexicon entry names. */
public enum EntityKind {
    THERAPY,
    MECHANISM,
    /** A phrase that contains an entity's name but does not name it ("antidepressant effects"). */
    NONE
}
