package io.errorpulse.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedMemoryRocksDbConfigTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aMemtableIsAnEighthOfTheWriteBufferBudgetWithinBounds() {
        assertThat(BoundedMemoryRocksDbConfig.writeBufferBytes(64 * MB)).isEqualTo(8 * MB);
        assertThat(BoundedMemoryRocksDbConfig.writeBufferBytes(512 * MB)).isEqualTo(16 * MB);
        assertThat(BoundedMemoryRocksDbConfig.writeBufferBytes(MB)).isEqualTo(256 * 1024);
    }

    @Test
    void sixtyNearlyEmptyMemtablesFitTheDefaultWriteBufferBudget() {
        long budget = (long) (BoundedMemoryRocksDbConfig.DEFAULT_TOTAL_BYTES * BoundedMemoryRocksDbConfig.DEFAULT_WRITE_BUFFER_RATIO);
        // an active memtable holds at least one arena block, written to or not
        assertThat(60 * BoundedMemoryRocksDbConfig.ARENA_BLOCK_BYTES).isLessThan(budget / 4);
        assertThat(BoundedMemoryRocksDbConfig.writeBufferBytes(budget)).isLessThanOrEqualTo(budget / 4);
    }
}
