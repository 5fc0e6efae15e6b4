package io.litstream.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void guessesEachSupportedLanguageFromItsFunctionWords() {
        assertEquals(Optional.of("en"), Languages.guess(
                "The trial showed that the drug was better than placebo, and it is now used for patients with depression."));
        assertEquals(Optional.of("de"), Languages.guess(
                "Die Studie zeigt, dass das Mittel nicht besser ist als ein Placebo, und die Autoren werden es bei der Behandlung auch nicht empfehlen."));
        assertEquals(Optional.of("fr"), Languages.guess(
                "Les résultats de l'essai sont publiés dans une revue et le traitement est efficace pour les patients qui sont déprimés, avec des effets sur le sommeil."));
        assertEquals(Optional.of("es"), Languages.guess(
                "Los resultados del ensayo se publicaron en una revista y el tratamiento es eficaz para los pacientes con depresión, pero los efectos fueron más leves de lo esperado."));
        assertEquals(Optional.of("it"), Languages.guess(
                "I risultati della sperimentazione sono stati pubblicati e il trattamento è efficace per gli adulti con depressione, anche se gli effetti delle dosi più alte non sono chiari."));
        assertEquals(Optional.of("nl"), Languages.guess(
                "De resultaten van het onderzoek zijn gepubliceerd en de behandeling is effectief voor volwassenen met een depressie, maar het effect wordt niet bij iedereen gezien."));
        assertEquals(Optional.of("pt"), Languages.guess(
                "Os resultados do estudo foram publicados e o tratamento é eficaz para os adultos com depressão, mas não para todos os pacientes da amostra."));
    }

    @Test
    void tooLittleTextIsNotGuessed() {
        assertEquals(Optional.empty(), Languages.guess("Esketamine nasal spray"));
    }

    @Test
    void theTextOverrulesATemplateLanguageButDecidesOnlyWhenItCan() {
        var germanPage = Jsoup.parse("<html lang=\"en\"><body></body></html>");
        String german = "Die Studie zeigt, dass das Mittel nicht besser ist als ein Placebo, und die Autoren werden es bei der Behandlung auch nicht empfehlen.";
        assertEquals(Optional.of("de"), Languages.guess(germanPage, german));
        assertEquals(Optional.of("en"), Languages.guess(germanPage, "Esketamin"));
        assertEquals(Optional.of("pt"), Languages.guess(Jsoup.parse("<html lang=\"pt-BR\"></html>"), ""));
    }
}
