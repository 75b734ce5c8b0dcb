package io.errorpulse.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.errorpulse.config.ErrorpulseConfig;
import io.errorpulse.envelope.AlertClass;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private static final Thresholds DEFAULTS = DetectionSettings.DEFAULT_THRESHOLDS;

    @Test
    void shouldUseTheStaticFloorWhileNoBaselineIsLearned() {
        assertThat(DEFAULTS.isHot(10, 50, null)).isTrue();      // 20 %
        assertThat(DEFAULTS.isHot(10, 51, null)).isFalse();     // under the floor
        assertThat(DEFAULTS.isHot(9, 9, null)).isFalse();       // under the minimum count
    }

    @Test
    void shouldFireOnlyClearlyAboveALearnedBaseline() {
        Baseline baseline = new Baseline(0.02, 0.0001, 30);   // 2 % +- 1 %

        assertThat(DEFAULTS.fireLine(baseline)).isEqualTo(0.08, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(DEFAULTS.isHot(16, 213, baseline)).isFalse(); // 7.5 %: noise on a 2 % baseline
        assertThat(DEFAULTS.isHot(60, 300, baseline)).isTrue();  // 20 %
    }

    @Test
    void shouldRequireTheBinomialTestOnSmallCounts() {
        Baseline baseline = new Baseline(0.10, 0.0, 30);

        assertThat(DEFAULTS.isHot(10, 40, baseline)).isFalse(); // 25 % of 40 is under 3 standard errors over 10 %
        assertThat(DEFAULTS.isHot(40, 60, baseline)).isTrue();
    }

    @Test
    void shouldOverrideThresholdsPerClassStoreAndApp() {
        ThresholdOverrides overrides = ThresholdOverrides.parse(DEFAULTS, Map.of(
                "rate_limited.rate.floor", "0.5",
                "override.1042.all.min.events", "100",
                "override.1042.auth_failure.min.events", "200",
                "override.1042.app.7.auth_failure.rate.floor", "0.9"));

        assertThat(overrides.thresholds("1", null, AlertClass.RATE_LIMITED).rateFloor()).isEqualTo(0.5);
        assertThat(overrides.thresholds("1", "a", AlertClass.AUTH_FAILURE)).isEqualTo(DEFAULTS);
        assertThat(overrides.thresholds("1042", null, AlertClass.SERVER_ERROR).minEvents()).isEqualTo(100);
        assertThat(overrides.thresholds("1042", null, AlertClass.AUTH_FAILURE).minEvents()).isEqualTo(200);
        Thresholds app = overrides.thresholds("1042", "app.7", AlertClass.AUTH_FAILURE);
        assertThat(app.minEvents()).isEqualTo(200);
        assertThat(app.rateFloor()).isEqualTo(0.9);
    }

    @Test
    void shouldApplyAnAppsSettingsOverItsStoresAndTheClasses() {
        ThresholdOverrides overrides = ThresholdOverrides.parse(DEFAULTS, Map.of(
                "server_error.min.events", "20",
                "override.9.app-1.server_error.min.events", "40",
                "override.9.app-1.all.min.events", "30",
                "override.9.app-1.all.sigmas", "4"));

        assertThat(overrides.thresholds("9", "app-1", AlertClass.SERVER_ERROR).minEvents()).isEqualTo(40);
        assertThat(overrides.thresholds("9", "app-1", AlertClass.AUTH_FAILURE).minEvents()).isEqualTo(30);
        assertThat(overrides.thresholds("9", "app-1", AlertClass.RATE_LIMITED).sigmas()).isEqualTo(4.0);
        assertThat(overrides.thresholds("9", "app-2", AlertClass.SERVER_ERROR).minEvents()).isEqualTo(20);
        assertThat(overrides.thresholds("9", null, AlertClass.SERVER_ERROR).minEvents()).isEqualTo(20);
        assertThat(overrides.thresholds("9", null, AlertClass.AUTH_FAILURE)).isEqualTo(DEFAULTS);
    }

    @Test
    void shouldResolveOverridesWhenParsedNotAtEveryLookUp() {
        ThresholdOverrides overrides = ThresholdOverrides.parse(DEFAULTS, Map.of(
                "override.1042.all.min.events", "100", "override.1042.app.7.auth_failure.rate.floor", "0.9"));

        assertThat(overrides.thresholds("1042", "app.7", AlertClass.AUTH_FAILURE))
                .isSameAs(overrides.thresholds("1042", "app.7", AlertClass.AUTH_FAILURE));
        assertThat(overrides.thresholds("1042", "app.8", AlertClass.SERVER_ERROR))
                .isSameAs(overrides.thresholds("1042", null, AlertClass.SERVER_ERROR));
    }

    @Test
    void shouldRejectUnknownClassesAndBadValues() {
        assertThatThrownBy(() -> ThresholdOverrides.parse(DEFAULTS, Map.of("override.1.teapot.min.events", "3")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("teapot");
        assertThatThrownBy(() -> ThresholdOverrides.parse(DEFAULTS, Map.of("auth_failure.rate.floor", "lots")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("lots");
        assertThatThrownBy(() -> ThresholdOverrides.parse(DEFAULTS, Map.of("server_error.rate.floor", "1.5")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void shouldRejectNotANumberAndInfinityForEveryFractionalThreshold() {
        for (String parameter : new String[] {"rate.floor", "sigmas", "min.increase"}) {
            for (String value : new String[] {"NaN", "Infinity", "-Infinity"}) {
                assertThatThrownBy(() -> ThresholdOverrides.parse(DEFAULTS, Map.of("auth_failure." + parameter, value)))
                        .as("%s = %s", parameter, value)
                        .isInstanceOf(ConfigException.class).hasMessageContaining(parameter);
                assertThatThrownBy(() -> ThresholdOverrides.parse(DEFAULTS, Map.of("override.1042.auth_failure." + parameter, value)))
                        .as("override %s = %s", parameter, value)
                        .isInstanceOf(ConfigException.class);
            }
        }
    }

    @Test
    void shouldRejectNotANumberAndInfinityInTheRecordItself() {
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> new Thresholds(10, value, 6.0, 0.05)).as("rate.floor %s", value)
                    .isInstanceOf(ConfigException.class).hasMessageContaining(Thresholds.RATE_FLOOR);
            assertThatThrownBy(() -> new Thresholds(10, 0.2, value, 0.05)).as("sigmas %s", value)
                    .isInstanceOf(ConfigException.class).hasMessageContaining(Thresholds.SIGMAS);
            assertThatThrownBy(() -> new Thresholds(10, 0.2, 6.0, value)).as("min.increase %s", value)
                    .isInstanceOf(ConfigException.class).hasMessageContaining(Thresholds.MIN_INCREASE);
        }
    }

    @Test
    void shouldAcceptOverrideKeysInTheConfigurationAndRejectOthers() {
        ErrorpulseConfig config = new ErrorpulseConfig(Map.of(
                "detect.server_error.min.events", "5", "detect.override.1042.app-7.rate_limited.rate.floor", "0.6"));

        assertThat(config.detectionOverrides()).containsOnlyKeys("server_error.min.events",
                "override.1042.app-7.rate_limited.rate.floor");
        assertThatThrownBy(() -> new ErrorpulseConfig(Map.of("detect.server_error.colour", "red")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("detect.server_error.colour");
    }
}
