package io.errorpulse.state;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of every RocksDB store of this JVM: one LRU block cache shared by all
 * stores (index and filter blocks included) and one write-buffer manager that charges memtables to
 * that same cache. Set as {@code rocksdb.config.setter}; sized from {@link #TOTAL_BYTES_CONFIG} and
 * {@link #WRITE_BUFFER_RATIO_CONFIG} in the Streams properties.
 */
public final class BoundedMemoryRocksDbConfig implements RocksDBConfigSetter {

    /** Streams property: bytes of off-heap memory all stores of this JVM share. */
    public static final String TOTAL_BYTES_CONFIG = "errorpulse.rocksdb.memory.bytes";
    /** Streams property: share of that budget memtables may take. */
    public static final String WRITE_BUFFER_RATIO_CONFIG = "errorpulse.rocksdb.write.buffer.ratio";

    static final long DEFAULT_TOTAL_BYTES = 64L * 1024 * 1024;
    static final double DEFAULT_WRITE_BUFFER_RATIO = 0.25;
    private static final double INDEX_FILTER_BLOCK_RATIO = 0.1;
    private static final long BLOCK_SIZE = 16 * 1024;

    private static SharedMemory shared;

    /** The cache and write-buffer manager every store of this JVM shares; never closed per store. */
    private record SharedMemory(long totalBytes, Cache cache, WriteBufferManager writeBuffers) {
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        SharedMemory memory = sharedMemory(configs);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(memory.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        table.setBlockSize(BLOCK_SIZE);
        options.setWriteBufferManager(memory.writeBuffers());
        options.setMaxWriteBufferNumber(2);
        options.setWriteBufferSize(Math.max(1L << 20, memory.totalBytes() / 16));
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write-buffer manager are shared by all stores: they live as long as the JVM
    }

    private static synchronized SharedMemory sharedMemory(Map<String, Object> configs) {
        if (shared == null) {
            long total = longValue(configs.get(TOTAL_BYTES_CONFIG), DEFAULT_TOTAL_BYTES);
            double ratio = doubleValue(configs.get(WRITE_BUFFER_RATIO_CONFIG), DEFAULT_WRITE_BUFFER_RATIO);
            Cache cache = new LRUCache(total, -1, false, INDEX_FILTER_BLOCK_RATIO);
            shared = new SharedMemory(total, cache, new WriteBufferManager((long) (total * ratio), cache));
        }
        return shared;
    }

    /** The budget the shared cache was created with, or -1 before the first store opened. */
    public static synchronized long configuredBytes() {
        return shared == null ? -1 : shared.totalBytes();
    }

    private static long longValue(Object value, long fallback) {
        return value == null ? fallback : Long.parseLong(value.toString().trim());
    }

    private static double doubleValue(Object value, double fallback) {
        return value == null ? fallback : Double.parseDouble(value.toString().trim());
    }
}
