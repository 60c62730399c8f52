package io.orderhub.common.stats;

/**
 * The Wilson score interval of a proportion (successes of n trials): unlike the normal approximation it stays
 * inside [0, 1] and is not zero-width at 0 or n successes, which matters for accuracy samples where nearly every
 * order matches. Wilson, E. B. (1927), "Probable inference, the law of succession, and statistical inference".
 *
 * @param low  lower bound, in [0, 1]
 * @param high upper bound, in [0, 1]
 */
public record WilsonInterval(double low, double high) {

    /** The two-sided 95 % normal quantile, Φ⁻¹(0.975). */
    public static final double Z_95 = 1.959963984540054;

    /**
     * The 95 % interval of {@code successes} out of {@code n}.
     *
     * @throws IllegalArgumentException when n is not positive or successes lies outside [0, n]
     */
    public static WilsonInterval of95(long successes, long n) {
        return of(successes, n, Z_95);
    }

    public static WilsonInterval of(long successes, long n, double z) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive (an empty sample has no interval), was " + n);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must lie in [0, n=" + n + "], was " + successes);
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // At 0 or n successes the bound equals 0 or 1 exactly; rounding must not push it past.
        return new WilsonInterval(successes == 0 ? 0.0 : Math.max(0.0, centre - halfWidth),
                successes == n ? 1.0 : Math.min(1.0, centre + halfWidth));
    }
}
