package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class BinaryFormatTest {

    private static final String[] STRINGS = {"", "app-07", "caf\u00e9", "\u0000nul", "\u20ac rate", "\ud83d\ude80 emoji",
            "x".repeat(70_000 / 3)};

    @Test
    void writesExactlyWhatDataOutputStreamWrites() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(expected);
            BinaryWriter writer = new BinaryWriter(1);
            for (int i = 0; i < 20; i++) {
                long n = random.nextLong();
                String s = randomString(random);
                data.writeByte((int) n);
                data.writeShort((int) n);
                data.writeInt((int) n);
                data.writeLong(n);
                data.writeDouble(Double.longBitsToDouble(n));
                data.writeBoolean(n < 0);
                data.writeUTF(s);
                writer.writeByte((int) n).writeShort((int) n).writeInt((int) n).writeLong(n)
                        .writeDouble(Double.longBitsToDouble(n)).writeBoolean(n < 0).writeUtf(s);
            }
            assertThat(writer.toByteArray()).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void encodeReusesTheThreadsBufferYetReturnsEachValueWhole() {
        byte[] large = BinaryWriter.encode(out -> out.writeUtf("x".repeat(5_000)));
        byte[] small = BinaryWriter.encode(out -> out.writeLong(7));
        assertThat(large).hasSize(2 + 5_000);
        assertThat(small).isEqualTo(new BinaryWriter(8).writeLong(7).toByteArray());
        assertThat(new BinaryReader(large, "test").readUtf()).isEqualTo("x".repeat(5_000)); // not overwritten by the second
    }

    @Test
    void encodeNestedInAnotherOnTheSameThreadWritesIntoABufferOfItsOwn() {
        byte[][] inner = new byte[1][];
        byte[] outer = BinaryWriter.encode(out -> {
            out.writeInt(1);
            inner[0] = BinaryWriter.encode(nested -> nested.writeInt(2).writeInt(3));
            out.writeInt(4);
        });
        assertThat(outer).isEqualTo(new BinaryWriter(8).writeInt(1).writeInt(4).toByteArray());
        assertThat(inner[0]).isEqualTo(new BinaryWriter(8).writeInt(2).writeInt(3).toByteArray());
    }

    @Test
    void encodeLeavesTheBufferUsableAfterAWriteThatFailed() {
        assertThatThrownBy(() -> BinaryWriter.encode(out -> out.writeInt(9).writeUtf("\u20ac".repeat(30_000))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BinaryWriter.encode(out -> out.writeByte(5))).containsExactly(5);
    }

    @Test
    void readsBackWhatDataOutputStreamWrote() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(bytes);
            long n = random.nextLong();
            String s = randomString(random);
            data.writeLong(n);
            data.writeUTF(s);
            data.writeShort(-2);
            data.writeDouble(Double.longBitsToDouble(n));
            BinaryReader reader = new BinaryReader(bytes.toByteArray(), "test");
            assertThat(reader.readLong()).isEqualTo(n);
            assertThat(reader.readUtf()).isEqualTo(s);
            assertThat(reader.readShort()).isEqualTo((short) -2);
            assertThat(Double.doubleToRawLongBits(reader.readDouble())).isEqualTo(Double.doubleToRawLongBits(Double.longBitsToDouble(n)));
            DataInputStream check = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
            check.readLong();
            assertThat(check.readUTF()).isEqualTo(s);
        }
    }

    @Test
    void aStringLongerThanItsLengthFieldIsRefused() {
        assertThatThrownBy(() -> new BinaryWriter(4).writeUtf("\u20ac".repeat(30_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65535");
    }

    @Test
    void truncatedOrMalformedInputIsASerializationException() {
        byte[] written = new BinaryWriter(8).writeLong(5).writeUtf("caf\u00e9").toByteArray();
        for (int cut = 0; cut < written.length; cut++) {
            byte[] truncated = Arrays.copyOf(written, cut);
            assertThatThrownBy(() -> {
                BinaryReader reader = new BinaryReader(truncated, "Thing");
                reader.readLong();
                reader.readUtf();
            }).isInstanceOf(SerializationException.class).hasMessageContaining("corrupt Thing");
        }
        byte[] malformed = {0, 2, (byte) 0xC3, (byte) 0x41};
        assertThatThrownBy(() -> new BinaryReader(malformed, "Thing").readUtf())
                .isInstanceOf(SerializationException.class).hasMessageContaining("malformed string");
    }

    @Test
    void unframedBytesReadBackAsTheRestOfTheValue() {
        byte[] tail = "a tail longer than the writer's first array".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BinaryReader reader = new BinaryReader(new BinaryWriter(1).writeLong(7).writeBytes(tail).toByteArray(), "Thing");

        assertThat(reader.readLong()).isEqualTo(7);
        assertThat(reader.readRemaining()).isEqualTo(tail);
        assertThat(reader.readRemaining()).isEmpty();
    }

    @Test
    void aVersionBeforeTheFirstOrFromTheFutureIsASerializationException() {
        assertThat(new BinaryReader(new byte[] {1}, "Thing").readVersion(2)).isEqualTo(1);
        assertThat(new BinaryReader(new byte[] {2}, "Thing").readVersion(2)).isEqualTo(2);
        for (byte version : new byte[] {0, 3, -1}) {
            assertThatThrownBy(() -> new BinaryReader(new byte[] {version}, "Thing").readVersion(2))
                    .isInstanceOf(SerializationException.class).hasMessage("unknown Thing format version " + version);
        }
        assertThatThrownBy(() -> new BinaryReader(new byte[0], "Thing").readVersion(2))
                .isInstanceOf(SerializationException.class).hasMessageContaining("corrupt Thing");
    }

    private static String randomString(Random random) {
        if (random.nextInt(4) == 0) {
            return STRINGS[random.nextInt(STRINGS.length)];
        }
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0xFFFF)));
        }
        return s.toString();
    }
}
