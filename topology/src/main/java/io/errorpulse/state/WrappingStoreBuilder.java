package io.errorpulse.state;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * A {@link StoreBuilder} whose stores are those of {@code inner}, each wrapped by {@code wrap}; every
 * other setting is {@code inner}'s. Kafka Streams has no public delegating builder.
 */
final class WrappingStoreBuilder<T extends StateStore> implements StoreBuilder<T> {

    private final StoreBuilder<T> inner;
    private final UnaryOperator<T> wrap;

    WrappingStoreBuilder(StoreBuilder<T> inner, UnaryOperator<T> wrap) {
        this.inner = inner;
        this.wrap = wrap;
    }

    @Override
    public StoreBuilder<T> withCachingEnabled() {
        inner.withCachingEnabled();
        return this;
    }

    @Override
    public StoreBuilder<T> withCachingDisabled() {
        inner.withCachingDisabled();
        return this;
    }

    @Override
    public StoreBuilder<T> withLoggingEnabled(Map<String, String> config) {
        inner.withLoggingEnabled(config);
        return this;
    }

    @Override
    public StoreBuilder<T> withLoggingDisabled() {
        inner.withLoggingDisabled();
        return this;
    }

    @Override
    public T build() {
        return wrap.apply(inner.build());
    }

    @Override
    public Map<String, String> logConfig() {
        return inner.logConfig();
    }

    @Override
    public boolean loggingEnabled() {
        return inner.loggingEnabled();
    }

    @Override
    public String name() {
        return inner.name();
    }
}
