package io.errorpulse.envelope;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {

    @Test
    void shouldAcceptWellFormedUtf8() {
        byte[] text = "plain, é, €, 𝄞".getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8.isValid(text, 0)).isTrue();
        assertThat(Utf8.repair(text, 0)).isEqualTo(text);
    }

    @Test
    void shouldRejectOverlongsSurrogatesAndTruncatedSequences() {
        assertThat(Utf8.isValid(new byte[]{(byte) 0xC0, (byte) 0xAF}, 0)).isFalse();
        assertThat(Utf8.isValid(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).isFalse();
        assertThat(Utf8.isValid(new byte[]{'a', (byte) 0xE2, (byte) 0x82}, 0)).isFalse();
        assertThat(Utf8.isValid(new byte[]{(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, 0)).isFalse();
    }

    @Test
    void shouldReplaceEachMaximalInvalidSubpartOnce() {
        byte[] repaired = Utf8.repair(new byte[]{'a', (byte) 0xE2, (byte) 0x82, 'b', (byte) 0xFF, 'c'}, 0);

        assertThat(new String(repaired, StandardCharsets.UTF_8)).isEqualTo("a\uFFFDb\uFFFDc");
    }

    @Test
    void shouldStartAtTheGivenOffset() {
        byte[] repaired = Utf8.repair(new byte[]{(byte) 0xFF, 'x', (byte) 0xFF}, 1);

        assertThat(new String(repaired, StandardCharsets.UTF_8)).isEqualTo("x\uFFFD");
    }
}
