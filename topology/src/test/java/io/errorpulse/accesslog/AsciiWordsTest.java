package io.errorpulse.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiWordsTest {

    private static final String[] WORDS = {"token", "api_key", "apikey", "authorization", "tok"};
    private static final AsciiWords SET = new AsciiWords(WORDS);

    @Test
    void shouldMatchAnyCaseAndTheFirstListedWordOfThoseThatStandThere() {
        byte[] line = "x Authorization: TOKEN apikey TOK \u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(SET.matchAt(line, 2)).isEqualTo("authorization".length());
        assertThat(SET.matchAt(line, 17)).isEqualTo("token".length()); // listed before "tok"
        assertThat(SET.matchAt(line, 23)).isEqualTo("apikey".length());
        assertThat(SET.matchAt(line, 30)).isEqualTo("tok".length());
        assertThat(SET.matchAt(line, 0)).isZero();
        assertThat(SET.matchAt(line, line.length - 1)).as("a byte of a multi-byte character").isZero();
        assertThat(SET.matchAt("to".getBytes(StandardCharsets.US_ASCII), 0)).as("cut off by the end").isZero();
    }

    @Test
    void shouldSkipToTheNextByteAWordMayStartWithInEitherCase() {
        byte[] line = "xx[]{} Tok xx A".getBytes(StandardCharsets.US_ASCII);
        assertThat(SET.nextCandidate(line, 0)).isEqualTo(7);
        assertThat(SET.nextCandidate(line, 8)).isEqualTo(14);
        assertThat(SET.nextCandidate(line, 15)).isEqualTo(15);
        assertThat(SET.nextCandidate(new byte[] {(byte) 0xF4, (byte) 0x80, 'z'}, 0)).isEqualTo(3);
    }

    @Test
    void shouldMatchExactlyAsComparingWithEveryWordInTurnOnRandomBytes() {
        Random random = new Random(7);
        byte[] alphabet = "tTokKeEnNaApPiI_yYuUzZ -:\"\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 2_000; round++) {
            byte[] b = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            for (int i = 0; i < b.length; i++) {
                assertThat(SET.matchAt(b, i)).isEqualTo(everyWordInTurn(b, i));
                if (SET.matchAt(b, i) > 0) {
                    assertThat(SET.nextCandidate(b, i)).isEqualTo(i);
                }
            }
        }
    }

    private static int everyWordInTurn(byte[] b, int i) {
        for (String word : WORDS) {
            int m = AsciiWords.matchAt(b, i, word.getBytes(StandardCharsets.US_ASCII));
            if (m > 0) {
                return m;
            }
        }
        return 0;
    }
}
