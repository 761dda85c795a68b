package com.leadwire.leads.abtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The z-test's numbers against ones worked out by hand (pooled proportion, two-sided p from the normal table). */
class ZTestTests {

    @Test
    void bConvertingEighteenPercentAgainstTenOfTwoHundredEachIsSignificant() {
        // p = 56/400 = 0.14; se = sqrt(0.14 * 0.86 * (1/200 + 1/200)) = sqrt(0.001204) = 0.0346987
        // z = (0.18 - 0.10) / 0.0346987 = 2.3056; p = 2 * (1 - Phi(2.3056)) = 2 * 0.010568 = 0.02114
        ZTest test = ZTest.of(200, 20, 200, 36);

        assertThat(test.z()).isCloseTo(2.3056, within(0.0001));
        assertThat(test.pValue()).isCloseTo(0.02114, within(0.00005));
        assertThat(test.significantAt95()).isTrue();
    }

    @Test
    void elevenAgainstTenPercentOfAThousandEachIsNotSignificant() {
        // p = 210/2000 = 0.105; se = sqrt(0.105 * 0.895 * 0.002) = 0.0137095; z = 0.01 / 0.0137095 = 0.7294; p = 2 * (1 - 0.76713) = 0.4657
        ZTest test = ZTest.of(1000, 100, 1000, 110);

        assertThat(test.z()).isCloseTo(0.7294, within(0.0001));
        assertThat(test.pValue()).isCloseTo(0.4657, within(0.0001));
        assertThat(test.significantAt95()).isFalse();
    }

    @Test
    void zIsNegativeWhenTheFirstConvertsBetterAndUnequalSamplesArePooled() {
        // A 10/50 = 0.20, B 4/40 = 0.10; p = 14/90 = 0.155556; se = sqrt(0.155556 * 0.844444 * (1/50 + 1/40)) = sqrt(0.0059111) = 0.0768838
        // z = -0.10 / 0.0768838 = -1.3007; p = 2 * (1 - Phi(1.3007)) = 0.1934
        ZTest test = ZTest.of(50, 10, 40, 4);

        assertThat(test.z()).isCloseTo(-1.3007, within(0.0001));
        assertThat(test.pValue()).isCloseTo(0.1934, within(0.0001));
    }

    @Test
    void justAboveFivePercentIsNotSignificant() {
        // A 3/30, B 9/30: p = 0.2; se = sqrt(0.2 * 0.8 * 2/30) = 0.103280; z = 0.2 / 0.103280 = 1.9365; p = 0.0528
        ZTest test = ZTest.of(30, 3, 30, 9);

        assertThat(test.z()).isCloseTo(1.9365, within(0.0001));
        assertThat(test.pValue()).isCloseTo(0.0528, within(0.0001));
        assertThat(test.significantAt95()).isFalse();
    }

    @Test
    void undefinedWithoutLeadsOrWithoutVariance() {
        assertThat(ZTest.of(0, 0, 10, 2)).isNull();
        assertThat(ZTest.of(10, 0, 10, 0)).isNull();
        assertThat(ZTest.of(10, 10, 10, 10)).isNull();
    }

    @Test
    void theErrorFunctionMatchesItsTable() {
        assertThat(ZTest.erfc(0)).isCloseTo(1.0, within(1e-7));
        assertThat(ZTest.erfc(1)).isCloseTo(0.1572992, within(1e-7));
        assertThat(ZTest.erfc(1.959964 / Math.sqrt(2))).isCloseTo(0.05, within(1e-6));
        assertThat(ZTest.erfc(-1)).isCloseTo(1.8427008, within(1e-7));
    }
}
