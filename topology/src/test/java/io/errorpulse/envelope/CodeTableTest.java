package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeTableTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadTheBuiltInTable() {
        CodeTable table = CodeTable.builtIn();

        assertThat(table.size()).isGreaterThan(150);
        assertThat(table.lookup("invalid_token"))
                .isEqualTo(new CodeMapping(Category.AUTHENTICATION, AlertClass.AUTH_FAILURE, Retry.REFRESH_CREDENTIALS));
    }

    @Test
    void shouldMatchIgnoringCaseAndSurroundingBlanks() {
        CodeTable table = CodeTable.builtIn();

        assertThat(table.lookup(" Rate_Limited\t")).isEqualTo(table.lookup("RATE_LIMITED")).isNotNull();
        assertThat(table.lookup("no such code")).isNull();
        assertThat(table.lookup(null)).isNull();
    }

    @Test
    void shouldLetAUserFileAddAndOverrideEntries() throws IOException {
        Path file = write("""
                # our API
                ORDER_LOCKED = conflict, none, after_delay
                  invalid_token = authentication , auth_failure , none
                https://api.example.com/problems/over-quota = quota, rate_limited, after_delay
                """);

        CodeTable table = CodeTable.builtIn().withOverrides(file);

        assertThat(table.lookup("order_locked")).isEqualTo(new CodeMapping(Category.CONFLICT, AlertClass.NONE,
                Retry.AFTER_DELAY));
        assertThat(table.lookup("INVALID_TOKEN").retry()).isEqualTo(Retry.NONE);
        assertThat(table.lookup("https://api.example.com/problems/over-quota").category()).isEqualTo(Category.QUOTA);
        assertThat(table.lookup("RATE_LIMITED")).isEqualTo(CodeTable.builtIn().lookup("RATE_LIMITED"));
        assertThat(CodeTable.builtIn().lookup("invalid_token").retry()).isEqualTo(Retry.REFRESH_CREDENTIALS);
    }

    @Test
    void shouldClassifyWithAUserMapping() throws IOException {
        CodeTable table = CodeTable.builtIn().withOverrides(write("ORDER_LOCKED = rate_limit, rate_limited, backoff\n"));

        CanonicalError error = new EnvelopeClassifier(table).classify(409, ResponseHeaders.NONE,
                "{\"error\": {\"code\": \"ORDER_LOCKED\"}}".getBytes(StandardCharsets.UTF_8));

        assertThat(error.alertClass()).isEqualTo(AlertClass.RATE_LIMITED);
    }

    @Test
    void shouldNameTheFileAndLineOfAnUnknownCategory() throws IOException {
        Path file = write("# header\nGOOD = validation, none, none\nBAD = nonsense, none, none\n");

        assertThatThrownBy(() -> CodeTable.builtIn().withOverrides(file))
                .isInstanceOf(CodeTableException.class)
                .hasMessageStartingWith(file + ":3: ")
                .hasMessageContaining("unknown category 'nonsense'");
    }

    @Test
    void shouldRejectMalformedLinesWithTheirLineNumber() {
        assertThatThrownBy(() -> CodeTable.read(new StringReader("just a code\n"), "f"))
                .hasMessage("f:1: expected 'code = category, alert_class, retry'");
        assertThatThrownBy(() -> CodeTable.read(new StringReader("\nX = validation, none\n"), "f"))
                .hasMessageStartingWith("f:2: expected three values");
        assertThatThrownBy(() -> CodeTable.read(new StringReader(" = validation, none, none"), "f"))
                .hasMessageStartingWith("f:1: the code before '=' is empty");
        assertThatThrownBy(() -> CodeTable.read(new StringReader("X = validation, loud, none"), "f"))
                .hasMessageStartingWith("f:1: unknown alert class 'loud'");
        assertThatThrownBy(() -> CodeTable.read(new StringReader("X = validation, none, often"), "f"))
                .hasMessageStartingWith("f:1: unknown retry 'often'");
        assertThatThrownBy(() -> CodeTable.read(new StringReader("X = none, none, none"), "f"))
                .hasMessageStartingWith("f:1: unknown category 'none'");
    }

    @Test
    void shouldReadTheValuesOfALineInAnyCase() {
        CodeTable table = CodeTable.read(new StringReader("X = Quota, RATE_LIMITED, After_Delay\n"), "f");

        assertThat(table.lookup("x")).isEqualTo(new CodeMapping(Category.QUOTA, AlertClass.RATE_LIMITED, Retry.AFTER_DELAY));
        assertThatThrownBy(() -> CodeTable.read(new StringReader("X = validation, Loud, none"), "f"))
                .isInstanceOf(CodeTableException.class)
                .hasMessage("f:1: unknown alert class 'loud' (expected one of auth_failure, rate_limited, server_error, none)");
    }

    @Test
    void shouldRejectACodeMappedTwiceInOneFile() {
        assertThatThrownBy(() -> CodeTable.read(new StringReader("abc = validation, none, none\nABC = conflict, none, none\n"), "f"))
                .hasMessage("f:2: code 'ABC' is already mapped on line 1 (codes match ignoring case)");
    }

    @Test
    void shouldNameAMissingFile() {
        Path missing = dir.resolve("absent.txt");

        assertThatThrownBy(() -> CodeTable.builtIn().withOverrides(missing))
                .isInstanceOf(CodeTableException.class)
                .hasMessageStartingWith(missing + ": cannot read");
    }

    @Test
    void shouldRejectAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[]{'X', (byte) 0xE9, '=', 'g', 'o', 'n', 'e', ',', 'n', 'o', 'n', 'e', ',', 'n', 'o', 'n', 'e'});

        assertThatThrownBy(() -> CodeTable.builtIn().withOverrides(file))
                .hasMessage(file + ": code-mapping file is not UTF-8 text");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("codes.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
