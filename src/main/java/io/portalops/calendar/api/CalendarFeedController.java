package io.portalops.calendar.api;

import io.portalops.calendar.CalendarFeeds;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The personal iCal feed that calendar apps subscribe to: no session, the token in the path is the credential
 * ({@link CalendarFeedSecurity}). An unknown or revoked token is 404, the same as a path that never existed.
 */
@RestController
@Hidden
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return feeds.feed(token, base)
                .map(body -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        // the URL is a credential: keep the answer out of shared caches
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        // Referrer-Policy and the other security headers come from the feed's filter chain, once
                        .body(body))
                // no body: a calendar app cannot use one, and none needs content negotiation
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
