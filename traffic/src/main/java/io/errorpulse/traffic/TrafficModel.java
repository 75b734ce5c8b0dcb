package io.errorpulse.traffic;

import java.util.List;

/**
 * The shape of normal traffic: how many stores (with a Zipf-skewed share of requests), how many apps,
 * the background error mix, and the storms injected on top.
 *
 * @param stores        number of stores, ids {@code 1001..1000+stores}
 * @param apps          number of apps, ids {@code app-01..}; every store is called by every app
 * @param zipfExponent  skew of traffic across stores (0 = uniform, 1 = classic Zipf)
 * @param authFailure   background share of rejected credentials
 * @param rateLimited   background share of 429s
 * @param serverError   background share of 5xx
 * @param otherErrors   background share of 404/422/missing-credential errors
 * @param storms        storms injected on top of the background
 */
public record TrafficModel(int stores, int apps, double zipfExponent, double authFailure, double rateLimited,
                           double serverError, double otherErrors, List<Storm> storms) {

    /** Quiet background traffic: about 2% auth failures, 1% 429s, 0.5% 5xx, 4% other errors. */
    public static TrafficModel background(int stores, int apps, List<Storm> storms) {
        return new TrafficModel(stores, apps, 1.0, 0.02, 0.01, 0.005, 0.04, storms);
    }

    public static String storeId(int index) {
        return Integer.toString(1001 + index);
    }

    public static String appId(int index) {
        return String.format("app-%02d", index + 1);
    }
}
