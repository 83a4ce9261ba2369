package io.portalops.event;

import io.portalops.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the event log ended: the (occurredAt, id) of its last row. The next page holds the rows strictly
 * older in the order {@code occurred_at desc, id desc}, so rows added meanwhile never shift or repeat a page.
 */
public record EventCursor(Instant occurredAt, long id) {

    /** An opaque, URL-safe string for API clients. */
    public String encode() {
        String plain = occurredAt.getEpochSecond() + "." + occurredAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads what {@link #encode()} wrote; anything else is invalid input for the given parameter. */
    public static EventCursor decode(String text, String parameter) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII);
            String[] parts = plain.split("\\.");
            if (parts.length != 3) {
                throw new IllegalArgumentException(plain);
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new EventCursor(at, Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    parameter, "Not a cursor from this API; pass nextCursor of the previous page as it is.");
        }
    }
}
