package io.errorpulse.topology;

import io.errorpulse.accesslog.AccessRecord;
import io.errorpulse.accesslog.ClassifiedRequest;
import io.errorpulse.accesslog.RequestClassifier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Reads again, from the input topic, requests a task had already processed, through the same steps the
 * stream took them through: the deserializer, the timestamp extractor and the classifier. A record the
 * stream could not read (it was dead-lettered then) is passed over, and so is one whose classification
 * failed; nothing is dead-lettered or counted as late a second time. Stream time advances as it did the
 * first time: with every record that was read, before it is judged.
 */
public final class RequestReplay {

    /** Receives each request read again, with its event time and the stream time it was judged at. */
    @FunctionalInterface
    public interface Handler {
        void request(ClassifiedRequest request, long eventTimeMs, long streamTimeMs);
    }

    private final CommittedInput input;
    private final Deserializer<AccessRecord> deserializer;
    private final TimestampExtractor timestamps;
    private final RequestClassifier classifier;

    public RequestReplay(CommittedInput input, Deserializer<AccessRecord> deserializer, TimestampExtractor timestamps,
                         RequestClassifier classifier) {
        this.input = input;
        this.deserializer = deserializer;
        this.timestamps = timestamps;
        this.classifier = classifier;
    }

    /**
     * Replays the offsets {@code [fromOffset, toOffset)} of {@code partition} ({@code toOffset}
     * {@link CommittedInput#UP_TO_COMMITTED}: to the committed offset), starting from stream time
     * {@code streamTimeMs}.
     */
    public CommittedInput.Range replay(int partition, long fromOffset, long toOffset, long streamTimeMs, Handler handler) {
        long[] streamTime = {streamTimeMs};
        return input.read(partition, fromOffset, toOffset, raw -> {
            AccessRecord access;
            ClassifiedRequest classified;
            try {
                access = deserializer.deserialize(raw.topic(), raw.headers(), raw.value());
            } catch (RuntimeException deadLetteredTheFirstTime) {
                return;
            }
            long eventTime = timestamps.extract(withValue(raw, access), streamTime[0]);
            streamTime[0] = Math.max(streamTime[0], eventTime);
            try {
                classified = classifier.classify(access);
            } catch (RuntimeException failedTheFirstTimeToo) {
                return;
            }
            handler.request(classified, eventTime, streamTime[0]);
        });
    }

    private static ConsumerRecord<Object, Object> withValue(ConsumerRecord<byte[], byte[]> raw, AccessRecord value) {
        return new ConsumerRecord<>(raw.topic(), raw.partition(), raw.offset(), raw.timestamp(), raw.timestampType(),
                raw.serializedKeySize(), raw.serializedValueSize(), raw.key(), value, raw.headers(), raw.leaderEpoch());
    }
}
