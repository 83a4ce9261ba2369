package io.portalops.notification;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import jakarta.mail.MessagingException;
import java.io.UnsupportedEncodingException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Carries a trace across the outbox: the message keeps the W3C {@code traceparent} of the span that queued it, and its
 * delivery, minutes later in the sender job, is made a child of that span. So a request, its SQL and the mail it
 * caused form one trace although the mail leaves after the request has answered (ADR 012, ADR 023).
 */
@Component
class OutboxTrace {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private final Tracer tracer;

    OutboxTrace(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
    }

    /** The current span as a traceparent, or null outside a sampled trace. */
    @Nullable
    String current() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        TraceContext context = span.context();
        if (!Boolean.TRUE.equals(context.sampled())) {
            return null;
        }
        return "00-" + context.traceId() + "-" + context.spanId() + "-01";
    }

    /**
     * Makes the stored span current while {@code work} runs, so that spans started in it (the delivery's) are its
     * children; without a usable traceparent, {@code work} runs in the current trace (the sender job's).
     */
    void within(@Nullable String traceParent, Delivery work) throws MessagingException, UnsupportedEncodingException {
        var matcher = traceParent == null ? null : TRACEPARENT.matcher(traceParent);
        if (matcher == null || !matcher.matches()) {
            work.run();
            return;
        }
        TraceContext parent = tracer.traceContextBuilder()
                .traceId(matcher.group(1))
                .spanId(matcher.group(2))
                .sampled(true)
                .build();
        try (var scope = tracer.currentTraceContext().newScope(parent)) {
            work.run();
        }
    }

    /** An SMTP delivery, with the exceptions a delivery throws. */
    @FunctionalInterface
    interface Delivery {
        void run() throws MessagingException, UnsupportedEncodingException;
    }
}
