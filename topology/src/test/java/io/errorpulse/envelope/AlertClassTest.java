package io.errorpulse.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlertClassTest {

    @Test
    void shouldIndexEachAlertingClassByItsPlaceInAlerting() {
        for (int i = 0; i < AlertClass.ALERTING.length; i++) {
            assertThat(AlertClass.ALERTING[i].alertingIndex()).as(AlertClass.ALERTING[i].wireName()).isEqualTo(i);
        }
        assertThat(AlertClass.NONE.alertingIndex()).isEqualTo(-1);
        assertThat(AlertClass.values()).hasSize(AlertClass.ALERTING.length + 1);
    }

    @Test
    void shouldReadEveryWireNameBackAndNameTheExpectedOnesOtherwise() {
        for (AlertClass alertClass : AlertClass.values()) {
            assertThat(AlertClass.fromWireName(alertClass.wireName())).isSameAs(alertClass);
        }
        assertThatThrownBy(() -> AlertClass.fromWireName("loud")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown alert class 'loud' (expected one of auth_failure, rate_limited, server_error, none)");
    }
}
