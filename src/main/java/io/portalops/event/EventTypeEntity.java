package io.portalops.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
    private Instant updatedAt;

    protected EventTypeEntity() {
    }

    EventTypeEntity(String name, String description, String jsonSchema, Instant now) {
        this.name = name;
        this.description = description;
        this.jsonSchema = jsonSchema;
        this.updatedAt = now;
    }

    void change(String description, String jsonSchema, boolean enabled, Instant now) {
        this.description = description;
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

    boolean isEnabled() {
        return enabled;
    }
}
