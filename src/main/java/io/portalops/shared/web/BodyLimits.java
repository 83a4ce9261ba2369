package io.portalops.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request body limits of the API, in one place. Multipart uploads get the servlet's multipart maximum; a path a
 * module limits itself ({@link PathBodyLimit}: the event batch and single event) that limit; every other body
 * {@code portalops.api.max-body-size} (default 1 MB).
 */
@Configuration
public class BodyLimits {

    private final long multipart;
    private final long other;
    private final List<PathBodyLimit> paths;

    BodyLimits(MultipartProperties multipart, ApiProperties api, List<PathBodyLimit> paths) {
        this.multipart = multipart.getMaxRequestSize().toBytes();
        this.other = api.maxBodySize().toBytes();
        this.paths = List.copyOf(paths);
    }

    public long forRequest(String path, @Nullable String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return multipart;
        }
        for (PathBodyLimit limit : paths) {
            OptionalLong bytes = limit.maxBytes(path);
            if (bytes.isPresent()) {
                return bytes.getAsLong();
            }
        }
        return other;
    }

    /** Before Spring Security and everything else: a body refused unread costs nothing. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter() {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(this));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
