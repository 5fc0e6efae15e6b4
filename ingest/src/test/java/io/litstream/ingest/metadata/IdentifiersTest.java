package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {
    @Nested
    class Doi {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "https://doi.org/10.1234/ABC.def-5 | 10.1234/abc.def-5",
            "http://dx.doi.org/10.1234/abc.5 | 10.1234/abc.5",
            "doi:10.1234/abc.5. | 10.1234/abc.5",
            "DOI: 10.1234/abc.5, and more | 10.1234/abc.5",
            "(see 10.1234/abc.5) | 10.1234/abc.5",
            "10.1016/S0140-6736(20)30183-5 | 10.1016/s0140-6736(20)30183-5",
            "https://doi.org/10.1234%2Fabc.5 | 10.1234/abc.5",
            "https://www.example-journal.org/articles/10.1234/abc.2021.5/full | 10.1234/abc.2021.5",
            "https://example.org/doi/pdf/10.1234/abc.5.pdf | 10.1234/abc.5",
            "https://example.org/x?doi=10.1234/abc.5&lang=en | 10.1234/abc.5"})
        void isFoundAndNormalised(String text, String expected) {
            assertEquals(Optional.of(expected), Identifiers.doi(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {"no identifier here", "version 10.2 of the scale", "10.12/short-registrant", "10.1234/"})
        void isNotInventedFromLookalikes(String text) {
            assertEquals(Optional.empty(), Identifiers.doi(text));
        }

        @Test
        void firstOneWins() {
            assertEquals(Optional.of("10.1111/own.1"), Identifiers.doi("This paper: 10.1111/own.1. Cited: 10.2222/other.2"));
        }

        @Test
        void referenceListIsNotSearched() {
            String text = "Title line\n\n" + "Body text without identifiers. ".repeat(20) + "\n\nReferences\n\n1. Someone. doi:10.3333/cited.3";
            assertEquals(Optional.empty(), Identifiers.doi(text));
        }
    }

    @Nested
    class Pmid {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "PMID: 33967844 | 33967844",
            "pmid 123 | 123",
            "https://www.ncbi.nlm.nih.gov/pubmed/33967844 | 33967844",
            "https://pubmed.ncbi.nlm.nih.gov/33967844/ | 33967844",
            "PMID:0042 | 42"})
        void isFound(String text, String expected) {
            assertEquals(Optional.of(expected), Identifiers.pmid(text));
        }

        @Test
        void plainNumbersAreNotPmids() {
            assertTrue(Identifiers.pmid("We enrolled 33967844 people").isEmpty());
        }
    }

    @Nested
    class Pmcid {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8102733/ | PMC8102733",
            "PMCID: PMC123456 | PMC123456",
            "(PMC7654321) | PMC7654321"})
        void isFound(String text, String expected) {
            assertEquals(Optional.of(expected), Identifiers.pmcid(text));
        }

        @Test
        void needsTheUpperCasePrefixAndDigits() {
            assertTrue(Identifiers.pmcid("the PMC site and XPMC12345 and pmc").isEmpty());
        }
    }
}
