package io.portalops.shared.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Where malformed requests are stopped before any module sees them (ADR 019): the query-string guard, the
 * problem-detail answer of the error dispatch, and Tomcat's own error page for /api/.
 */
@Configuration
class WebInputConfiguration {

    @Bean
    FilterRegistrationBean<QueryStringGuard> queryStringGuard() {
        FilterRegistrationBean<QueryStringGuard> registration = new FilterRegistrationBean<>(new QueryStringGuard());
        registration.addUrlPatterns("/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        // After the character-encoding filter, before Spring Security (which reads parameters) and everything else.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatchFilter() {
        FilterRegistrationBean<ApiErrorDispatchFilter> registration =
                new FilterRegistrationBean<>(new ApiErrorDispatchFilter());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Replaces the host's error report valve, which Spring Boot adds earlier, by one that speaks problem+json for /api/. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            for (Valve valve : parent.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    parent.getPipeline().removeValve(valve);
                }
            }
            parent.getPipeline().addValve(new ApiErrorReportValve());
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }
}
