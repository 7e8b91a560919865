package org.demandflow.support.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's {@link RecordTracing}, on the tracer and propagator Spring Boot configures (Micrometer Tracing
 * over OpenTelemetry, W3C propagation; spans leave by OTLP when
 * {@code management.opentelemetry.tracing.export.otlp.endpoint} is set), or spans that go nowhere without them.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration"
})
public class TracingAutoConfiguration {

    @Bean
    RecordTracing recordTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer tracing = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        return tracing == null || propagation == null ? RecordTracing.none() : new RecordTracing(tracing, propagation);
    }
}
