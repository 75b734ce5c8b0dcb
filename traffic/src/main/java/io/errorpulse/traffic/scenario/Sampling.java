package io.errorpulse.traffic.scenario;

import java.util.Random;

/** Poisson and binomial draws, exact for small means and normal-approximated for large ones. */
final class Sampling {

    private Sampling() {
    }

    static long poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    static long binomial(Random random, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        double mean = n * p;
        if (mean < 40 || n - mean < 40) {
            if (p > 0.1 && n <= 200) {
                long k = 0;
                for (long i = 0; i < n; i++) {
                    if (random.nextDouble() < p) {
                        k++;
                    }
                }
                return k;
            }
            return Math.min(n, poisson(random, mean));
        }
        double sd = Math.sqrt(mean * (1 - p));
        return Math.min(n, Math.max(0, Math.round(mean + sd * random.nextGaussian())));
    }
}
