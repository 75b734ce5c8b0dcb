package io.errorpulse.launcher.bench;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * RocksDB memory of a running application, from Kafka Streams' own RocksDB property metrics
 * ({@code stream-state-metrics}): block cache usage, memtables, table readers (indexes and filters
 * outside the cache). A block cache shared by all stores reports the same usage from every store, so
 * the largest figure is the cache; stores with caches of their own add up.
 */
record RocksDbMemory(long blockCacheMax, long blockCacheSum, long memtables, long tableReaders, int stores) {

    static RocksDbMemory of(KafkaStreams streams) {
        long cacheMax = 0;
        long cacheSum = 0;
        long memtables = 0;
        long readers = 0;
        int stores = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (!"stream-state-metrics".equals(name.group()) || !(e.getValue().metricValue() instanceof Number n)) {
                continue;
            }
            long value = n.longValue();
            switch (name.name()) {
                case "block-cache-usage" -> {
                    cacheMax = Math.max(cacheMax, value);
                    cacheSum += value;
                    stores++;
                }
                case "size-all-mem-tables" -> memtables += value;
                case "estimate-table-readers-mem" -> readers += value;
                default -> { }
            }
        }
        return new RocksDbMemory(cacheMax, cacheSum, memtables, readers, stores);
    }

    /** The off-heap budget the application was configured with, in bytes, or -1 when it sets none. */
    static long budget(Properties streamsProperties) {
        if (streamsProperties.get("rocksdb.config.setter") == null) {
            return -1;
        }
        for (Map.Entry<Object, Object> e : streamsProperties.entrySet()) {
            String key = e.getKey().toString();
            if (key.startsWith("errorpulse.rocksdb.") && key.endsWith("memory.bytes")) {
                return Long.parseLong(e.getValue().toString().trim());
            }
        }
        return -1;
    }
}
