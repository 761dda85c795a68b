package com.leadwire.leads.abtests;

/**
 * The two-proportion z-test with a pooled proportion: whether variant B's conversion rate differs
 * from variant A's by more than chance would make it. {@code z} is positive when B converts better;
 * the p-value is two-sided. Undefined (null) while either variant has no lead, or when every lead or
 * no lead converted (the pooled proportion is 0 or 1: no variance to measure against).
 */
public record ZTest(double z, double pValue) {

    public static ZTest of(long leadsA, long conversionsA, long leadsB, long conversionsB) {
        if (leadsA <= 0 || leadsB <= 0) {
            return null;
        }
        double rateA = (double) conversionsA / leadsA;
        double rateB = (double) conversionsB / leadsB;
        double pooled = (double) (conversionsA + conversionsB) / (leadsA + leadsB);
        double variance = pooled * (1 - pooled) * (1.0 / leadsA + 1.0 / leadsB);
        if (variance <= 0) {
            return null;
        }
        double z = (rateB - rateA) / Math.sqrt(variance);
        return new ZTest(z, Math.min(1.0, erfc(Math.abs(z) / Math.sqrt(2))));
    }

    public boolean significantAt95() {
        return pValue < 0.05;
    }

    /**
     * The complementary error function, by the Chebyshev fit of Numerical Recipes (erfcc): fractional
     * error below 1.2e-7 everywhere, more than the p-values shown need. 2(1 - Phi(|z|)) = erfc(|z|/sqrt 2).
     */
    static double erfc(double x) {
        double t = 1.0 / (1.0 + 0.5 * Math.abs(x));
        double y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : 2.0 - y;
    }
}
