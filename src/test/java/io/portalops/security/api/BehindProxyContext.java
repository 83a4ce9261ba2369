package io.portalops.security.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one context of the rate-limit tests (ADR 059): a deployment behind a TLS proxy, as
 * docs/security/lockout-and-rate-limits.md configures it (forwarded headers honoured only from 127.0.0.190), with a
 * limit of {@value #PER_HOUR} requests that refills over an hour, not a minute: one token every 20 minutes, so however
 * slow the machine, no token comes back between a test's requests. {@link BehindProxyTest} and {@link RateLimitTest}
 * share it (one context start instead of two); each test draws on buckets of its own (its own loopback address, its
 * own account), so neither drains the other's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.190",
            "portalops.api.rate-limit.per-minute=" + BehindProxyContext.PER_HOUR,
            "portalops.api.rate-limit.refill-period=PT1H",
            "portalops.api.docs.public=false"
        })
@interface BehindProxyContext {

    /** Requests per bucket before the 429 (the property is named per minute; the refill period makes it an hour). */
    int PER_HOUR = 3;
}
