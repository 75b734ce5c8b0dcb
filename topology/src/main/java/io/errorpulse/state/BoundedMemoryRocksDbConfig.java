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
 *
 * <p>An instance opens dozens of RocksDB databases (every store of every task, and every segment of
 * the window stores), and each one's active memtable holds at least one arena block whatever it
 * contains. RocksDB's default block is an eighth of the write-buffer size: with 60 databases of 4 MB
 * write buffers that is 30 MB of nearly empty memtables, over a 16 MB write-buffer budget, and every
 * write then triggered a flush (throughput fell tenfold, and commits outlived the transaction
 * timeout). So the arena block is small and fixed, and one memtable is at most an eighth of the
 * write-buffer budget.
 */
public final class BoundedMemoryRocksDbConfig implements RocksDBConfigSetter {

    /** Streams property: bytes of off-heap memory all stores of this JVM share. */
    public static final String TOTAL_BYTES_CONFIG = "errorpulse.rocksdb.memory.bytes";
    /** Streams property: share of that budget memtables may take. */
    public static final String WRITE_BUFFER_RATIO_CONFIG = "errorpulse.rocksdb.write.buffer.ratio";

    static final long DEFAULT_TOTAL_BYTES = 128L * 1024 * 1024;
    static final double DEFAULT_WRITE_BUFFER_RATIO = 0.5;
    static final long ARENA_BLOCK_BYTES = 64 * 1024;
    private static final long MIN_WRITE_BUFFER_BYTES = 256 * 1024;
    private static final long MAX_WRITE_BUFFER_BYTES = 16L * 1024 * 1024;
    private static final double INDEX_FILTER_BLOCK_RATIO = 0.1;
    private static final long BLOCK_SIZE = 16 * 1024;

    private static SharedMemory shared;

    /** The cache and write-buffer manager every store of this JVM shares; never closed per store. */
    private record SharedMemory(long totalBytes, long writeBufferBytes, Cache cache, WriteBufferManager writeBuffers) {
    }

    /** One memtable's size: an eighth of the write-buffer budget, between 256 kB and 16 MB. */
    static long writeBufferBytes(long writeBufferBudget) {
        return Math.min(MAX_WRITE_BUFFER_BYTES, Math.max(MIN_WRITE_BUFFER_BYTES, writeBufferBudget / 8));
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
        options.setWriteBufferSize(writeBufferBytes(memory.writeBufferBytes()));
        options.setArenaBlockSize(ARENA_BLOCK_BYTES);
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
            long writeBuffers = (long) (total * ratio);
            Cache cache = new LRUCache(total, -1, false, INDEX_FILTER_BLOCK_RATIO);
            shared = new SharedMemory(total, writeBuffers, cache, new WriteBufferManager(writeBuffers, cache));
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
