package io.portalops.event;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a stream record into the submission that {@code POST /api/events} would have bound from the same bytes: the
 * same size limit, the application's strict JSON mapper (ADR 019), and the source its channel names. What cannot be
 * read keeps its text for the dead letter.
 */
final class StreamIntake {

    /** A record read: the event bound to its channel's source, or the text and why it is not an event. */
    record Read(@Nullable EventSubmission event, String body, List<String> reasons) {}

    private final JsonMapper json;
    private final long maxBodyBytes;

    StreamIntake(JsonMapper json, long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    Read read(StreamRecord record) {
        byte[] bytes = record.body();
        if (bytes == null || bytes.length == 0) {
            return new Read(null, "", List.of("body: the record is empty; send one event as a JSON object."));
        }
        if (bytes.length > maxBodyBytes) {
            // the limit of POST /api/events; the start is kept for the dead letter, cut there
            return new Read(
                    null,
                    new String(bytes, 0, (int) Math.min(bytes.length, maxBodyBytes), StandardCharsets.UTF_8),
                    List.of("body: larger than the limit of " + maxBodyBytes + " bytes for one event."));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Read(null, new String(bytes, StandardCharsets.UTF_8), List.of("body: not UTF-8 text."));
        }
        EventSubmission event;
        try {
            event = json.readValue(text, EventSubmission.class);
        } catch (JacksonException e) {
            return new Read(
                    null,
                    text,
                    List.of("body: not an event of the shape POST /api/events takes: " + e.getOriginalMessage()));
        }
        if (event == null) {
            return new Read(null, text, List.of("item: null is not an event; send a JSON object."));
        }
        String claimed = event.source();
        if (claimed == null || claimed.isBlank()) {
            return new Read(withSource(event, record.source()), text, List.of());
        }
        if (!claimed.equals(record.source())) {
            return new Read(
                    event,
                    text,
                    List.of("source: this channel carries events of source '" + record.source() + "' only, not '"
                            + claimed + "'."));
        }
        return new Read(event, text, List.of());
    }

    private static EventSubmission withSource(EventSubmission event, String source) {
        return new EventSubmission(
                source,
                event.eventId(),
                event.type(),
                event.occurredAt(),
                event.customerRef(),
                event.contractNumber(),
                event.payload(),
                event.personRef(),
                event.productRef());
    }
}
