package io.portalops.event;

import tools.jackson.databind.JsonNode;

/** An event type as the API and the admin screen show it; {@code severity} is that of its events unless their payload says. */
public record EventTypeInfo(
        String name, String description, JsonNode schema, EventSeverity severity, boolean enabled) {}
