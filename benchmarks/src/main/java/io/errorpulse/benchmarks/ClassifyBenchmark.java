package io.errorpulse.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.errorpulse.envelope.EnvelopeClassifier;
import io.errorpulse.envelope.ResponseHeaders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Envelope classification next to its baseline, plain Jackson streaming tokenisation of the same
 * bytes ({@code nextToken()} to the end, default factory, nothing read). Both walk the whole corpus
 * per invocation, one thread.
 *
 * <p>Measured twice: as throughput (records per second, the headline figure), and as sampled time
 * per invocation, whose median and minimum stay meaningful when other processes share the CPU:
 * throughput then mostly measures how much CPU the benchmark got.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassifyBenchmark {

    /** {@code mixed}: the realistic mix of {@link BodyMix}; {@code json}: its JSON bodies only. */
    @Param({"mixed", "json"})
    public String corpus;

    private final EnvelopeClassifier classifier = new EnvelopeClassifier();
    private final JsonFactory plainJackson = new JsonFactory();

    private int[] statuses;
    private ResponseHeaders[] headers;
    private byte[][] bodies;

    @Setup
    public void load() {
        List<Sample> samples = "json".equals(corpus) ? BodyMix.jsonOnly() : BodyMix.mixed();
        statuses = new int[samples.size()];
        headers = new ResponseHeaders[samples.size()];
        bodies = new byte[samples.size()][];
        for (int i = 0; i < samples.size(); i++) {
            statuses[i] = samples.get(i).status();
            headers[i] = samples.get(i).headers();
            bodies[i] = samples.get(i).body();
        }
    }

    @Benchmark
    @OperationsPerInvocation(BodyMix.SIZE)
    public void classify(Blackhole bh) {
        for (int i = 0; i < bodies.length; i++) {
            bh.consume(classifier.classify(statuses[i], headers[i], bodies[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BodyMix.SIZE)
    public void tokenise(Blackhole bh) {
        for (byte[] body : bodies) {
            bh.consume(tokenise(plainJackson, body));
        }
    }

    /** Token count of the body, or -1 where Jackson gives up (HTML, text, truncated JSON). */
    static int tokenise(JsonFactory factory, byte[] body) {
        try (JsonParser p = factory.createParser(body)) {
            int tokens = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
            }
            return tokens;
        } catch (IOException notJson) {
            return -1;
        }
    }
}
