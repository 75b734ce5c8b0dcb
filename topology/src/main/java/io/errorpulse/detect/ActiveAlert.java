package io.errorpulse.detect;

import io.errorpulse.envelope.AlertClass;
import io.errorpulse.state.BinaryReader;
import io.errorpulse.state.BinaryWriter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A firing alert as the wall-clock check sees it: its latest record, when its key last had traffic and
 * when it was last sent. Kept only while the alert fires.
 */
public record ActiveAlert(AlertRecord record, long lastSeenWallMs, long lastSentWallMs) {

    /** What the wall-clock check does with an active alert now. */
    public enum Due { NOTHING, RENOTIFY, RESOLVE_SILENT }

    public Due due(long wallMs, DetectionSettings settings) {
        if (wallMs - lastSeenWallMs >= settings.silence().toMillis()) {
            return Due.RESOLVE_SILENT;
        }
        if (wallMs - lastSentWallMs >= settings.renotify().toMillis()) {
            return Due.RENOTIFY;
        }
        return Due.NOTHING;
    }

    /** The alert this record belongs to, from its labels. */
    public AlertKey key() {
        return new AlertKey(record.labels().get("alertname"), record.labels().get("store"), record.labels().get("app"),
                AlertClass.fromWireName(record.labels().get("alert_class")));
    }

    /** Versioned binary form: two times, then the record as on the alerts topic. */
    public static final class ActiveAlertSerde implements Serde<ActiveAlert> {
        static final byte VERSION = 1;
        private final AlertRecordSerde records = new AlertRecordSerde();

        @Override
        public Serializer<ActiveAlert> serializer() {
            return (topic, a) -> {
                if (a == null) {
                    return null;
                }
                byte[] json = records.serializer().serialize(topic, a.record());
                return new BinaryWriter(1 + 16 + json.length).writeByte(VERSION).writeLong(a.lastSeenWallMs())
                        .writeLong(a.lastSentWallMs()).writeBytes(json).toByteArray();
            };
        }

        @Override
        public Deserializer<ActiveAlert> deserializer() {
            return (topic, data) -> {
                if (data == null) {
                    return null;
                }
                BinaryReader in = new BinaryReader(data, "ActiveAlert");
                in.readVersion(VERSION);
                long seen = in.readLong();
                long sent = in.readLong();
                return new ActiveAlert(records.deserializer().deserialize(topic, in.readRemaining()), seen, sent);
            };
        }
    }
}
