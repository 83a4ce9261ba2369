package io.portalops.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address that keys rate limits and sign-in delays: the request's remote address, which Tomcat's
 * RemoteIpValve replaces with the X-Forwarded-For client only when the connection comes from a trusted proxy
 * ({@code server.forward-headers-strategy=native}, {@code server.tomcat.remoteip.internal-proxies}; see
 * docs/security/lockout-and-rate-limits.md). The header itself is never read here, so it cannot be spoofed.
 */
final class ClientAddress {

    static final String NONE = "none";

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isBlank()
                ? NONE
                : address.length() <= 64 ? address : address.substring(0, 64);
    }

    /** The current request's client; {@link #NONE} outside a request (a test or a job). */
    static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest())
                : NONE;
    }
}
