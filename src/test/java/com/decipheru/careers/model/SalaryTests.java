package com.decipheru.careers.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalaryTests {

    @ParameterizedTest
    @CsvSource({"170000, $170K", "124910, $125K", "99499, $99K", "1250000, $1.3M", "2000000, $2M"})
    void showsTheMedianRoundedToThousands(long median, String shown) {
        assertThat(new Salary(median, "source", null).display()).isEqualTo(shown);
    }
}
