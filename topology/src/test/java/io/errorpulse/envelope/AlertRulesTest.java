package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.errorpulse.envelope.Envelopes.classify;
import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md's alert-class rules, in their order, with the status as the truth. */
class AlertRulesTest {

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
            // 1. every 429 is rate_limited, whatever the body
            "'',                      429, rate_limited, rate_limit",
            "VALIDATION_ERROR,        429, rate_limited, rate_limit",
            "invalid_token,           429, rate_limited, rate_limit",
            // 2. every 5xx is server_error, whatever the body
            "'',                      500, server_error, server",
            "RATE_LIMITED,            503, server_error, unavailable",
            "invalid_token,           502, server_error, upstream",
            "VALIDATION_ERROR,        500, server_error, server",
            "BACKEND_TIMEOUT,         500, server_error, upstream",
            // 3. a throttling or quota code at any other status
            "ThrottlingException,     400, rate_limited, rate_limit",
            "rateLimitExceeded,       403, rate_limited, rate_limit",
            "THROTTLED,               200, rate_limited, rate_limit",
            "DAILY_QUOTA_EXCEEDED,    401, rate_limited, quota",
            // 4. 401 is auth_failure unless the credential was absent or the app not installed
            "'',                      401, auth_failure, authentication",
            "some_code_nobody_knows,  401, auth_failure, authentication",
            "invalid_token,           401, auth_failure, authentication",
            "VALIDATION_ERROR,        401, auth_failure, authentication",
            "missing_token,           401, none,         authentication",
            "MISSING_API_KEY,         401, none,         authentication",
            "not_installed,           401, none,         authentication",
            // 5. anything else: none; a credential code away from 401 is no auth failure
            "invalid_token,           403, none,         authentication",
            "AUTH_INVALID_KEY,        400, none,         authentication",
            "FORBIDDEN,               403, none,         authorization",
            "INTERNAL_ERROR,          400, none,         validation",
            "some_code_nobody_knows,  404, none,         not_found",
            "some_code_nobody_knows,  418, none,         unknown",
    })
    void shouldApplyTheAlertRulesInOrder(String code, int status, String alertClass, String category) {
        String body = code.isEmpty()
                ? "{\"error\": {\"message\": \"x\"}}"
                : "{\"error\": {\"code\": \"" + code + "\", \"message\": \"x\"}}";

        CanonicalError error = classify(status, body);

        assertThat(error.alertClass().wireName()).as("alert class").isEqualTo(alertClass);
        assertThat(error.category().wireName()).as("category").isEqualTo(category);
        assertThat(error.code()).isEqualTo(code.isEmpty() ? null : code);
    }

    @ParameterizedTest(name = "status {0}")
    @CsvSource({"200", "201", "204", "301", "304", "101"})
    void shouldNotTreatSuccessStatusesAsErrorsWithoutAnExplicitBody(int status) {
        CanonicalError error = classify(status, "{\"id\": 42, \"name\": \"a product\"}");

        assertThat(error.category()).isEqualTo(Category.NONE);
        assertThat(error.alertClass()).isEqualTo(AlertClass.NONE);
        assertThat(error.isError()).isFalse();
    }

    @Test
    void shouldJudgeABodyWithoutACodeByItsStatusAlone() {
        for (int status = -1; status <= 1000; status++) {
            AlertClass expected = status == 429 ? AlertClass.RATE_LIMITED
                    : status >= 500 && status <= 599 ? AlertClass.SERVER_ERROR
                    : status == 401 ? AlertClass.AUTH_FAILURE
                    : AlertClass.NONE;
            for (String body : new String[] {"", "Service Unavailable", "[1, 2]", "{\"error\": {\"message\": \"x\"}}"}) {
                assertThat(classify(status, body).alertClass()).as("%d %s", status, body).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "status {0}")
    @CsvSource({"0", "-1", "999", "600"})
    void shouldClassifyImpossibleStatusesAsUnknownWithoutAlert(int status) {
        CanonicalError error = classify(status, "");

        assertThat(error.category()).isEqualTo(Category.UNKNOWN);
        assertThat(error.alertClass()).isEqualTo(AlertClass.NONE);
    }
}
