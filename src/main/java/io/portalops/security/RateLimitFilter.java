package io.portalops.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.portalops.shared.security.AccountPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per caller: {@code capacity} requests per refill period ({@code portalops.api.rate-limit.refill-period},
 * a minute), refilled smoothly. The caller is the signed-in
 * account or API client once one is known, so colleagues behind one address do not share a budget; otherwise the
 * client address ({@link ClientAddress}, never a header). Both filter chains draw on the same buckets, so the login
 * form and the token endpoint share one budget per address. Answers 429 with {@code Retry-After} in seconds.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final Buckets buckets;
    private final RequestMatcher applies;

    RateLimitFilter(Buckets buckets, RequestMatcher applies) {
        this.buckets = buckets;
        this.applies = applies;
    }

    /** The buckets, one set per application: a bean, so that both chains share it. */
    static final class Buckets {
        private final long capacity;
        private final Duration refillPeriod;
        private final Cache<String, Bucket> byKey = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();

        Buckets(long capacity, Duration refillPeriod) {
            this.capacity = capacity;
            this.refillPeriod = refillPeriod;
        }

        String limit() {
            return capacity + " requests per "
                    + (refillPeriod.equals(Duration.ofMinutes(1)) ? "minute" : refillPeriod.toSeconds() + " s");
        }

        ConsumptionProbe take(String key) {
            return byKey.get(
                            key,
                            k -> Bucket.builder()
                                    .addLimit(Bandwidth.builder()
                                            .capacity(capacity)
                                            .refillGreedy(capacity, refillPeriod)
                                            .build())
                                    .build())
                    .tryConsumeAndReturnRemaining(1);
        }
    }

    static String key(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "address:" + ClientAddress.of(request);
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal account) {
            return "account:" + account.getAccountId();
        }
        return "client:" + authentication.getName();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !applies.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.take(key(request));
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long retryAfterSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        ProblemResponses.write(
                response,
                429,
                "Too many requests",
                "Rate limit of " + buckets.limit() + " exceeded. Retry after " + retryAfterSeconds + " s.");
    }
}
