package io.portalops.event;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.SliceResult;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;

/**
 * Rejected events, newest first, and their replay once the cause (usually a schema) is fixed. A replay that succeeds,
 * or finds the event already stored, marks the dead letter replayed; one that fails again updates its reason.
 */
@Service
public class DeadLetters {

    public static final int MAX_PAGE = 200;

    private final JdbcTemplate jdbc;
    private final EventIngestion ingestion;
    private final Clock clock;
    private final AuditLog audit;

    DeadLetters(JdbcTemplate jdbc, EventIngestion ingestion, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.ingestion = ingestion;
        this.clock = clock;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SliceResult<DeadLetterItem> list(boolean includeReplayed, int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        List<DeadLetterItem> rows = jdbc.query(
                "select id, received_at, source, event_id, type, reason, body, replayed_at, body_truncated, origin "
                        + "from event_dead_letter" + (includeReplayed ? "" : " where replayed_at is null")
                        + " order by received_at desc, id desc limit ? offset ?",
                (rs, i) -> new DeadLetterItem(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                        rs.getBoolean(9),
                        rs.getString(10)),
                limit + 1,
                offset);
        return SliceResult.fromOverfetch(rows, offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IngestOutcome replay(long id) {
        List<String> bodies = jdbc.queryForList(
                "select body from event_dead_letter where id = ? and replayed_at is null for update", String.class, id);
        if (bodies.isEmpty()) {
            throw new NotFoundException("Unreplayed dead letter");
        }
        if (Boolean.TRUE.equals(
                jdbc.queryForObject("select body_truncated from event_dead_letter where id = ?", Boolean.class, id))) {
            throw new InvalidInputException(
                    "body",
                    "This event was larger than the payload limit and only its beginning was kept, "
                            + "so it cannot be replayed: ask the producer to send it again.");
        }
        EventSubmission event;
        try {
            event = EventTypes.JSON.readValue(bodies.getFirst(), EventSubmission.class);
        } catch (JacksonException e) {
            event = null;
        }
        if (event == null) {
            // a streamed record that was not an event (ADR 048) is kept as its text, which no replay can read
            throw new InvalidInputException(
                    "body",
                    "This dead letter is not an event, so it cannot be replayed: ask the producer to send it again.");
        }
        IngestOutcome outcome = ingestion.ingest(event, false);
        if (outcome.status() == IngestOutcome.Status.REJECTED) {
            jdbc.update(
                    "update event_dead_letter set reason = ? where id = ?", String.join(" ", outcome.reasons()), id);
        } else {
            jdbc.update(
                    "update event_dead_letter set replayed_at = ? where id = ?", Timestamp.from(clock.instant()), id);
        }
        audit.record(AuditEntry.of(
                "event.dead_letter_replayed",
                "event_dead_letter",
                id,
                Map.of(
                        "outcome",
                        outcome.status().name(),
                        "source",
                        String.valueOf(event.source()),
                        "eventId",
                        String.valueOf(event.eventId()))));
        return outcome;
    }
}
