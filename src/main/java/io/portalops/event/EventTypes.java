package io.portalops.event;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.validation.FreeText;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event types and their JSON Schemas (draft 2020-12, networknt validator). Compiled schemas are cached per type and
 * dropped when an ADMIN changes the type.
 */
@Service
public class EventTypes {

    static final JsonMapper JSON = JsonMapper.shared();

    private final EventTypeRepository types;
    private final Clock clock;
    private final AuditLog audit;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    EventTypes(EventTypeRepository types, Clock clock, AuditLog audit) {
        this.types = types;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EventTypeInfo> list() {
        return types.findAll().stream()
                .sorted(Comparator.comparing(EventTypeEntity::getName))
                .map(t -> new EventTypeInfo(
                        t.getName(),
                        t.getDescription(),
                        JSON.readTree(t.getJsonSchema()),
                        t.getSeverity(),
                        t.isEnabled()))
                .toList();
    }

    /** event_type.description. */
    public static final int MAX_DESCRIPTION = 500;

    /** Creates or changes a type; the schema must itself be valid JSON Schema. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public EventTypeInfo save(
            String name, String description, String schemaJson, EventSeverity severity, boolean enabled) {
        if (name == null || !name.matches("[a-z][a-z0-9_.-]{1,99}")) {
            throw new InvalidInputException(
                    "name", "Use lower-case letters, digits, dots, dashes or underscores, e.g. payment.missed.");
        }
        if (severity == null) {
            throw new InvalidInputException("severity", "Choose a severity: LOW, MEDIUM or HIGH.");
        }
        String text = FreeText.optionalLine("description", description, MAX_DESCRIPTION);
        compile(schemaJson);
        boolean created = !types.existsById(name);
        EventTypeInfo saved = saveInternal(name, text == null ? "" : text, schemaJson, severity, enabled);
        audit.record(AuditEntry.of(
                created ? "event_type.created" : "event_type.changed",
                "event_type",
                name,
                Map.of("enabled", enabled, "severity", severity.name())));
        return saved;
    }

    @Transactional
    EventTypeInfo saveInternal(
            String name, String description, String schemaJson, EventSeverity severity, boolean enabled) {
        EventTypeEntity type = types.findById(name)
                .orElseGet(() -> new EventTypeEntity(name, description, schemaJson, clock.instant()));
        type.change(description, schemaJson, severity, enabled, clock.instant());
        types.save(type);
        compiled.remove(name);
        return new EventTypeInfo(name, description, JSON.readTree(schemaJson), severity, enabled);
    }

    /** The reasons a payload breaks its type's schema; empty when valid. Unknown or disabled types are a reason too. */
    @Transactional(readOnly = true)
    public List<String> violations(String type, JsonNode payload) {
        return checks(Set.of(type)).violations(type, payload);
    }

    /**
     * The checks for a batch's types, read once: a batch of 1,000 events of a few types looks each type up once,
     * not once per event.
     */
    @Transactional(readOnly = true)
    PayloadChecks checks(Set<String> typeNames) {
        Map<String, Optional<Schema>> byType = new HashMap<>();
        for (EventTypeEntity type : types.findAllById(typeNames)) {
            byType.put(
                    type.getName(),
                    type.isEnabled()
                            ? Optional.of(compiled.computeIfAbsent(type.getName(), t -> compile(type.getJsonSchema())))
                            : Optional.empty());
        }
        return new PayloadChecks(byType);
    }

    /** The schemas of some event types; an absent type is unknown, an empty one disabled. */
    static final class PayloadChecks {

        private final Map<String, Optional<Schema>> byType;

        private PayloadChecks(Map<String, Optional<Schema>> byType) {
            this.byType = byType;
        }

        /** Whether the type is registered (enabled or not): only those become a metric tag. */
        boolean knows(String type) {
            return byType.containsKey(type);
        }

        List<String> violations(String type, JsonNode payload) {
            Optional<Schema> schema = byType.get(type);
            if (schema == null) {
                return List.of("Unknown event type '" + type + "'. Known types: GET /api/events/types.");
            }
            if (schema.isEmpty()) {
                return List.of("Event type '" + type + "' is disabled.");
            }
            List<Error> errors = schema.get().validate(payload);
            return errors.stream()
                    .map(e -> "payload"
                            + e.getInstanceLocation()
                                    .toString()
                                    .replaceFirst("^\\$", "")
                                    .replace('/', '.') + ": " + e.getMessage())
                    .toList();
        }
    }

    private Schema compile(String schemaJson) {
        JsonNode document;
        try {
            document = JSON.readTree(schemaJson);
        } catch (RuntimeException e) {
            throw new InvalidInputException("schema", "Not a valid JSON Schema: the text is not JSON.");
        }
        if (!document.isObject()) {
            throw new InvalidInputException("schema", "Not a valid JSON Schema: it must be a JSON object.");
        }
        // The validator compiles leniently, so check the document against the draft 2020-12 meta-schema (bundled).
        List<Error> metaErrors = metaSchema().validate(document);
        if (!metaErrors.isEmpty()) {
            throw new InvalidInputException(
                    "schema",
                    "Not a valid JSON Schema: " + metaErrors.getFirst().getInstanceLocation() + " "
                            + metaErrors.getFirst().getMessage());
        }
        try {
            return registry.getSchema(schemaJson, InputFormat.JSON);
        } catch (RuntimeException e) {
            throw new InvalidInputException("schema", "Not a valid JSON Schema: " + e.getMessage());
        }
    }

    private Schema metaSchema() {
        return compiled.computeIfAbsent(
                "$meta", k -> registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")));
    }
}
