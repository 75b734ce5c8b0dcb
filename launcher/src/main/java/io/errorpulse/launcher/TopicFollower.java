package io.errorpulse.launcher;

import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Polls a consumer on a daemon thread and hands every record to a handler, until closed (the consumer
 * is woken up and closed by its own thread). For the demo's console and the benchmark's alert watch.
 */
public final class TopicFollower implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Duration pollTimeout;
    private final Consumer<ConsumerRecord<byte[], byte[]>> handler;
    private final Thread thread;

    /** @param consumer subscribed or assigned already; owned by the follower from now on */
    public TopicFollower(KafkaConsumer<byte[], byte[]> consumer, Duration pollTimeout, String threadName,
                         Consumer<ConsumerRecord<byte[], byte[]>> handler) {
        this.consumer = consumer;
        this.pollTimeout = pollTimeout;
        this.handler = handler;
        this.thread = new Thread(this::follow, threadName);
        this.thread.setDaemon(true);
    }

    public TopicFollower start() {
        thread.start();
        return this;
    }

    private void follow() {
        try {
            while (true) {
                consumer.poll(pollTimeout).forEach(handler);
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
