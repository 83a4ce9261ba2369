package io.portalops.fuzz.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The operations of the served OpenAPI document, with what the fuzzer needs to know of each. */
final class ApiOperations {

    private ApiOperations() {}

    record Parameter(String name, String in, String type) {}

    record Operation(
            String method,
            String path,
            List<Parameter> parameters,
            @Nullable JsonNode jsonBody,
            boolean multipart,
            JsonNode schemas) {

        String id() {
            return method + " " + path;
        }

        List<Parameter> queryParameters() {
            return parameters.stream().filter(p -> p.in().equals("query")).toList();
        }

        List<String> pathParameters() {
            return parameters.stream()
                    .filter(p -> p.in().equals("path"))
                    .map(Parameter::name)
                    .toList();
        }

        /** The path with each path parameter an id that exists nowhere, or the value given. */
        String target(Map<String, String> values) {
            String target = path;
            for (String name : pathParameters()) {
                target = target.replace("{" + name + "}", values.getOrDefault(name, BadInputs.ABSENT_ID));
            }
            return target;
        }

        /** The body's object schema (resolved), or an empty object for array bodies and none. */
        private JsonNode objectSchema() {
            if (jsonBody == null) {
                return JsonNodeFactory.instance.objectNode();
            }
            JsonNode schema = resolve(jsonBody, schemas);
            return schema.path("type").asString("").equals("array") ? resolve(schema.path("items"), schemas) : schema;
        }

        ObjectNode exampleBody() {
            JsonNode example = example(objectSchema(), schemas, 0);
            return example instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
        }

        List<String> requiredFields() {
            List<String> required = new ArrayList<>();
            objectSchema().path("required").values().forEach(name -> required.add(name.asString()));
            return required;
        }

        String fieldType(String name) {
            JsonNode property = resolve(objectSchema().path("properties").path(name), schemas);
            return property.path("type").asString(property.has("properties") ? "object" : "string");
        }
    }

    static List<Operation> of(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters").values()) {
                    parameters.add(new Parameter(
                            parameter.path("name").asString(),
                            parameter.path("in").asString(),
                            parameter.path("schema").path("type").asString("string")));
                }
                JsonNode content = operation.path("requestBody").path("content");
                JsonNode json = content.has("application/json")
                        ? content.path("application/json").path("schema")
                        : null;
                operations.add(new Operation(
                        entry.getKey().toUpperCase(java.util.Locale.ROOT),
                        path.getKey(),
                        parameters,
                        json,
                        content.has("multipart/form-data"),
                        schemas));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** A plausible value per schema; ids point nowhere, so even a valid-looking request acts on nothing. */
    private static JsonNode example(JsonNode schema, JsonNode schemas, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode resolved = resolve(schema, schemas);
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "");
        return switch (type) {
            case "integer" -> nodes.numberNode(Long.parseLong(BadInputs.ABSENT_ID));
            case "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(false);
            case "array" -> nodes.arrayNode();
            case "string" ->
                switch (resolved.path("format").asString("")) {
                    case "date" -> nodes.stringNode("2026-01-01");
                    case "date-time" -> nodes.stringNode("2026-01-01T00:00:00Z");
                    default -> nodes.stringNode("fuzz");
                };
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                if (depth < 3) {
                    for (var property : resolved.path("properties").properties()) {
                        object.set(property.getKey(), example(property.getValue(), schemas, depth + 1));
                    }
                }
                yield object;
            }
            default -> nodes.objectNode();
        };
    }
}
