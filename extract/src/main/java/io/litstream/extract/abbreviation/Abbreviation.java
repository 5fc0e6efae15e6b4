package io.litstream.extract.abbreviation;

/**
 * A definition "long form (SF)" found in a sentence.
 *
 * @param shortForm the abbreviation ("MSCs")
 * @param longForm  what it abbreviates ("mesenchymal stem cells")
 */
public record Abbreviation(String shortForm, String longForm) {
}
