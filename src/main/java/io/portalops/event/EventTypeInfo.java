package io.portalops.event;

import tools.jackson.databind.JsonNode;

public record EventTypeInfo(String name, String description, JsonNode schema, boolean enabled) {
}
