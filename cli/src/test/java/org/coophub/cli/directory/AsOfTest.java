package org.coophub.cli.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AsOfTest {

    @Test
    void acceptsTheTwoDatesOfTheListAndToday() {
        assertThat(AsOf.parse("2017-11-22")).isEqualTo(AsOf.BUREAU_REPORT);
        assertThat(AsOf.parse("2026-11-26")).isEqualTo(AsOf.TODAY);
        assertThat(AsOf.parse("Today")).isEqualTo(AsOf.TODAY);
    }

    @Test
    void refusesADateTheListDoesNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> AsOf.parse("2020-01-01"));
    }
}
