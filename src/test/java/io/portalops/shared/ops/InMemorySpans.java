package io.portalops.shared.ops;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps finished spans in memory for the tracing tests. A plain configuration found by the application's component
 * scan, so that every test context has it alike and none is started just for tracing; Spring Boot hands every
 * SpanExporter bean to its span processor.
 */
@Configuration(proxyBeanMethods = false)
public class InMemorySpans {

    @Bean
    InMemorySpanExporter inMemorySpanExporter() {
        return InMemorySpanExporter.create();
    }
}
