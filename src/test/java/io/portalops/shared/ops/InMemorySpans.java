package io.portalops.shared.ops;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps finished spans in memory for the tracing tests. A plain configuration found by the application's component
 * scan, so that every test context has it alike and none is started just for tracing; Spring Boot hands every
 * SpanExporter bean to its span processor. Only the newest {@value #KEPT} spans are kept: every test context traces
 * every request and SQL statement, and an unbounded list grew the heap of the over-HTTP JVM through the whole run. The
 * tracing tests read their own trace right after making it, well inside that window.
 */
@Configuration(proxyBeanMethods = false)
public class InMemorySpans {

    public static final int KEPT = 20_000;

    @Bean
    Exporter inMemorySpanExporter() {
        return new Exporter(KEPT);
    }

    /** The newest {@code capacity} finished spans, oldest dropped first. */
    public static final class Exporter implements SpanExporter {

        private final int capacity;
        private final ArrayDeque<SpanData> spans = new ArrayDeque<>();

        public Exporter(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public synchronized CompletableResultCode export(Collection<SpanData> finished) {
            for (SpanData span : finished) {
                if (spans.size() == capacity) {
                    spans.removeFirst();
                }
                spans.addLast(span);
            }
            return CompletableResultCode.ofSuccess();
        }

        public synchronized List<SpanData> getFinishedSpanItems() {
            return List.copyOf(spans);
        }

        public synchronized int size() {
            return spans.size();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
