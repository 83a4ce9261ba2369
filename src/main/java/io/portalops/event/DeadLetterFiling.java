package io.portalops.event;

import io.portalops.shared.text.PlainText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files a refused event in {@code event_dead_letter}, bounded so that a producer cannot grow the table at will. */
final class DeadLetterFiling {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxPayloadBytes;

    DeadLetterFiling(JdbcTemplate jdbc, Clock clock, int maxPayloadBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /** The longest prefix of {@code text} whose UTF-8 form fits {@code maxBytes}, never splitting a character. */
    static String cutToBytes(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.IGNORE)
                    .decode(ByteBuffer.wrap(bytes, 0, maxBytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Files what was refused as it came, with what PostgreSQL cannot store replaced by U+FFFD, and at most the payload
     * limit of it: a producer cannot grow the table by more than that per rejected event. A cut body is marked and
     * cannot be replayed.
     */
    void file(@Nullable EventSubmission event, List<String> reasons) {
        file(event, reasons, null);
    }

    /** As {@link #file(EventSubmission, List)}, noting where a streamed record came from ({@link StreamRecord}). */
    void file(@Nullable EventSubmission event, List<String> reasons, @Nullable String origin) {
        // Jackson escapes control characters; an unpaired surrogate would still be written raw, hence sanitized.
        String body = Objects.requireNonNull(PlainText.sanitized(EventTypes.JSON.writeValueAsString(event)));
        insert(
                event == null ? null : event.source(),
                event == null ? null : event.eventId(),
                event == null ? null : event.type(),
                body,
                reasons,
                origin);
    }

    /**
     * Files a streamed record that is not an event at all (not UTF-8, not JSON, not the event's shape) as its text,
     * under the source its channel names; it cannot be replayed, since no event can be read from it.
     */
    void fileUnread(String source, String text, List<String> reasons, String origin) {
        insert(source, null, null, Objects.requireNonNull(PlainText.sanitized(text)), reasons, origin);
    }

    private void insert(
            @Nullable String source,
            @Nullable String eventId,
            @Nullable String type,
            String body,
            List<String> reasons,
            @Nullable String origin) {
        String kept = cutToBytes(body, maxPayloadBytes);
        jdbc.update(
                "insert into event_dead_letter (received_at, source, event_id, type, reason, body, body_truncated, "
                        + "origin) values (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()),
                stored(source, 100),
                stored(eventId, 200),
                stored(type, 100),
                stored(String.join(" ", reasons), 2000),
                kept,
                kept.length() < body.length(),
                stored(origin, 300));
    }

    private static @Nullable String stored(@Nullable String value, int max) {
        return truncate(PlainText.sanitized(value), max);
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
