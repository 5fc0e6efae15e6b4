package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YearsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2021-05-03 | 2021", "2021/5/3 | 2021", "May 3, 2019 | 2019", "2020-01-01T10:00:00Z | 2020"})
    void readsDateValues(String value, int year) {
        assertEquals(Optional.of(year), Years.fromDateValue(value));
    }

    @Test
    void implausibleYearsAreIgnored() {
        assertEquals(Optional.empty(), Years.fromDateValue("1850-01-01"));
        assertEquals(Optional.empty(), Years.fromDateValue(String.valueOf(Year.now().getValue() + 5)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Published: 12 March 2018 # 2018",
        "Published online 2022 Jan 4. # 2022",
        "Publicado: |\\nSome Press\\n2021 # 2021",
        "Posted on October 17, 2025 by the team # 2025",
        "Trial results\\nMarch 3, 2016\\nA study of sleep. # 2016",
        "Updated 2024-02-29 with new data # 2024"})
    void findsThePublicationYearNearTheTop(String text, int year) {
        assertEquals(Optional.of(year), Years.fromText(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The 1998 cohort was followed for 2000 days.",
        "Copyright 2023 Example Press",
        "Doses of 2010 mg were never used."})
    void ignoresBareNumbers(String text) {
        assertEquals(Optional.empty(), Years.fromText(text));
    }

    @Test
    void datesFarDownTheTextAreIgnored() {
        String text = "Opening paragraph. ".repeat(100) + "On March 3, 2016 something else happened.";
        assertEquals(Optional.empty(), Years.fromText(text));
    }
}
