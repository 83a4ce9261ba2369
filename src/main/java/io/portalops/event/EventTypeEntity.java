package io.portalops.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "event_type")
class EventTypeEntity {

    @Id
    private String name;

    private String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String jsonSchema;

    private boolean enabled = true;

    @Enumerated(EnumType.STRING)
    private EventSeverity severity = EventSeverity.LOW;

    private Instant updatedAt;

    protected EventTypeEntity() {}

    EventTypeEntity(String name, String description, String jsonSchema, Instant now) {
        this.name = name;
        this.description = description;
        this.jsonSchema = jsonSchema;
        this.updatedAt = now;
    }

    void change(String description, String jsonSchema, EventSeverity severity, boolean enabled, Instant now) {
        this.description = description;
        this.severity = severity;
        this.jsonSchema = jsonSchema;
        this.enabled = enabled;
        this.updatedAt = now;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getJsonSchema() {
        return jsonSchema;
    }

    EventSeverity getSeverity() {
        return severity;
    }

    boolean isEnabled() {
        return enabled;
    }
}
