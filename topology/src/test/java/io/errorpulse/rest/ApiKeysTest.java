package io.errorpulse.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void shouldGrantAGlobalAndAStoreLimitedKey() {
        ApiKeys keys = ApiKeys.parse(List.of(ApiKeys.entryFor("a", null), " " + ApiKeys.entryFor("b", "1042") + " "));
        assertThat(keys.grantFor("a")).hasValueSatisfying(grant -> assertThat(grant.global()).isTrue());
        assertThat(keys.grantFor("b")).hasValueSatisfying(grant -> {
            assertThat(grant.sees("1042")).isTrue();
            assertThat(grant.sees("2001")).isFalse();
        });
        assertThat(keys.grantFor("c")).isEmpty();
        assertThat(keys.grantFor("")).isEmpty();
    }

    @Test
    void shouldHoldOnlyTheHashOfAKey() {
        assertThat(ApiKeys.entryFor("secret-key", "1042")).doesNotContain("secret-key")
                .matches("sha256:[0-9a-f]{64}@1042");
    }

    @Test
    void shouldRejectAPlainKeyInConfigWithoutShowingIt() {
        assertThatThrownBy(() -> ApiKeys.parse(List.of("plain-secret"))).isInstanceOf(ConfigException.class)
                .hasMessageNotContaining("plain-secret");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("sha256:abc"))).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> ApiKeys.parse(List.of(ApiKeys.entryFor("k", null) + "@")))
                .isInstanceOf(ConfigException.class);
    }
}
