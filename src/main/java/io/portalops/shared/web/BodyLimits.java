package io.portalops.shared.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The request body limits of the API, in one place. Multipart uploads get the servlet's multipart maximum; the event
 * batch room for its 1,000 events at the event payload limit plus their envelopes; a single event one of those; every
 * other body {@code portalops.api.max-body-size} (default 1 MB).
 */
@Configuration
public class BodyLimits {

    /** Room per event for its envelope (source, ids, type, times, references) and JSON escaping. */
    static final long ENVELOPE = 4096;
    static final int MAX_BATCH = 1000;

    private final long multipart;
    private final long event;
    private final long batch;
    private final long other;

    BodyLimits(@Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize multipart,
            @Value("${portalops.events.max-payload-bytes:65536}") long maxPayloadBytes,
            @Value("${portalops.api.max-body-size:1MB}") DataSize other) {
        this.multipart = multipart.toBytes();
        this.event = maxPayloadBytes + ENVELOPE;
        this.batch = MAX_BATCH * this.event;
        this.other = other.toBytes();
    }

    public long forRequest(String path, @Nullable String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return multipart;
        }
        if (path.endsWith("/api/events/batch")) {
            return batch;
        }
        if (path.endsWith("/api/events")) {
            return event;
        }
        return other;
    }

    /** Before Spring Security and everything else: a body refused unread costs nothing. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter() {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(this));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
