package org.coophub.cli.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void mapsTheCourtsWorkingLanguages() {
        assertThat(Languages.toBcp47("English")).containsExactly("en");
        assertThat(Languages.toBcp47("French")).containsExactly("fr");
        assertThat(Languages.toBcp47("English|French")).containsExactly("en", "fr");
    }

    @Test
    void mapsANationalLanguageToItsIsoCode() {
        assertThat(Languages.toBcp47("national:Spanish")).containsExactly("es");
        assertThat(Languages.toBcp47("national:German")).containsExactly("de");
        assertThat(Languages.toBcp47("national:Polish")).containsExactly("pl");
        assertThat(Languages.toBcp47("national:Georgian")).containsExactly("ka");
    }

    @Test
    void anUnknownChoiceIsEmptyMeaningAWorkingLanguageOfTheCourt() {
        assertThat(Languages.toBcp47("")).isEmpty();
        assertThat(Languages.toBcp47(null)).isEmpty();
    }

    @Test
    void refusesANameThatIsNoLanguage() {
        assertThatIllegalArgumentException().isThrownBy(() -> Languages.toBcp47("national:Klingonese"));
    }
}
