package io.portalops.fuzz.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generators of bad input to one operation of the OpenAPI document. Every request they make is wrong in at
 * least one way a client can get wrong (a type, a field, a character, a range, an encoding, a content type), and
 * never valid by accident: path ids point at rows that do not exist, so nothing is changed even when a check is missing.
 */
final class BadInputs {

    /** An id no table reaches in tests: a valid-looking request with it acts on nothing. */
    static final String ABSENT_ID = "987654321";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BadInputs() {}

    /** One request to send: where, how, with what, and which mutation made it bad (for the report). */
    record Request(
            String method,
            String target,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            String mutation) {}

    static Gen<Request> of(ApiOperations.Operation operation) {
        List<Gen<Request>> kinds = new ArrayList<>();
        kinds.add(queryMutation(operation));
        kinds.add(pathMutation(operation));
        if (operation.jsonBody() != null) {
            kinds.add(bodyMutation(operation));
            kinds.add(bodyMutation(operation));
            kinds.add(rawBody(operation));
            kinds.add(contentTypeMutation(operation));
        } else if (operation.multipart()) {
            kinds.add(contentTypeMutation(operation));
            kinds.add(rawBody(operation));
        }
        return Gen.oneOf(kinds);
    }

    // ---- strings and values a client gets wrong ----

    static Gen<String> badText() {
        return Gen.oneOf(
                Gen.strings(new char[] {'\u0000', '\u0001', '\u0007', '\u001b', '\u007f'}, 1, 5)
                        .map(s -> "a" + s + "b"),
                Gen.of("\ud800", "x\udc00y", "\udbff\udbff", "\ud83d"),
                Gen.between(5_001, 120_000).map(n -> "x".repeat(n)),
                Gen.anyChars(1, 30).map(s -> s + "\u0000"));
    }

    static Gen<JsonNode> wrongType(String type) {
        List<Gen<JsonNode>> options = new ArrayList<>();
        options.add(Gen.of(
                NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode().put("x", 1)));
        if (!type.equals("string")) {
            options.add(Gen.of(NODES.stringNode("12"), NODES.stringNode(""), NODES.stringNode("abc")));
        }
        if (type.equals("integer")) {
            options.add(Gen.of(
                    NODES.numberNode(1.5),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
                    NODES.numberNode(new java.math.BigDecimal("1e309")),
                    NODES.numberNode(-1e20)));
        }
        if (type.equals("number")) {
            options.add(Gen.of(
                    NODES.numberNode(new java.math.BigDecimal("1e309")),
                    NODES.numberNode(new java.math.BigDecimal("-1e309")),
                    NODES.numberNode(new java.math.BigDecimal("1e20")),
                    NODES.numberNode(new java.math.BigDecimal("0.0000000001"))));
        }
        if (type.equals("string")) {
            options.add(Gen.of(NODES.numberNode(12), NODES.numberNode(1.5), NODES.booleanNode(false)));
            options.add(badText().map(NODES::stringNode));
            options.add(Gen.of(
                            "-999999999-01-01",
                            "+999999999-12-31",
                            "1899-12-31",
                            "2201-01-01",
                            "2026-02-30",
                            "0000-00-00T25:61:61Z",
                            "+999999999-12-31T23:59:59Z")
                    .map(NODES::stringNode));
        }
        if (type.equals("boolean")) {
            options.add(Gen.of(NODES.stringNode("true"), NODES.numberNode(1), NODES.numberNode(0)));
        }
        if (type.equals("array")) {
            options.add(Gen.of(NODES.stringNode("1,2"), NODES.numberNode(1)));
            options.add(Gen.of(
                    NODES.arrayNode().addNull(),
                    NODES.arrayNode().add(1.5),
                    NODES.arrayNode().add("x\u0000")));
        }
        options.add(deepNesting());
        return Gen.oneOf(options);
    }

    static Gen<JsonNode> deepNesting() {
        // Jackson's writer stops at 500 levels; deeper documents are written as text by deepText.
        return Gen.between(50, 450).map(depth -> {
            JsonNode node = NODES.numberNode(1);
            for (int i = 0; i < depth; i++) {
                node = i % 2 == 0
                        ? NODES.arrayNode().add(node)
                        : NODES.objectNode().set("a", node);
            }
            return node;
        });
    }

    /** Nesting deeper than any parser allows, as text. */
    static Gen<byte[]> deepText() {
        return Gen.between(400, 20_000)
                .map(depth -> ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // ---- mutations ----

    private static Gen<Request> bodyMutation(ApiOperations.Operation operation) {
        ObjectNode base = operation.exampleBody();
        List<String> fields = new ArrayList<>();
        base.propertyNames().forEach(fields::add);
        if (fields.isEmpty()) {
            return Gen.combine(
                    Gen.alpha(1, 12),
                    wrongType("string"),
                    (name, value) -> json(operation, base.deepCopy().set("unknown_" + name, value), "extra field"));
        }
        Gen<String> field = Gen.of(fields);
        Gen<Request> wrong = field.flatMap(name -> wrongType(operation.fieldType(name))
                .map(value -> json(operation, base.deepCopy().set(name, value), "wrong value for " + name)));
        Gen<Request> extra = Gen.alpha(1, 12)
                .map(name -> json(operation, base.deepCopy().put("unknown_" + name, "x"), "extra field"));
        List<Gen<Request>> options = new ArrayList<>(List.of(wrong, wrong, wrong, extra));
        if (!operation.requiredFields().isEmpty()) {
            options.add(Gen.of(operation.requiredFields()).map(name -> {
                ObjectNode copy = base.deepCopy();
                copy.remove(name);
                return json(operation, copy, "missing " + name);
            }));
            options.add(Gen.of(operation.requiredFields())
                    .map(name -> json(operation, base.deepCopy().putNull(name), "null " + name)));
        }
        return Gen.oneOf(options);
    }

    private static Gen<Request> rawBody(ApiOperations.Operation operation) {
        String contentType = operation.multipart() ? "multipart/form-data; boundary=xyz" : "application/json";
        Gen<byte[]> bodies = Gen.oneOf(
                Gen.of("", "{", "[", "null", "1", "\"x\"", "[]", "{}{}", "{\"a\":1,}", "{'a':1}", "{\"a\":\"\\ud800\"}")
                        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Gen.of(
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'},
                        new byte[] {'{', '"', (byte) 0xc3, (byte) 0x28, '"', ':', '1', '}'},
                        new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}),
                deepText(),
                Gen.between(1, 200_000)
                        .map(n -> ("[" + "1,".repeat(n) + "1]").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Gen.of(
                                "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n\r\nx\r\n--xyz--\r\n",
                                "--xyz\r\n\r\n",
                                "garbage")
                        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return bodies.map(body ->
                new Request(operation.method(), operation.target(Map.of()), contentType, body, Map.of(), "raw body"));
    }

    private static Gen<Request> contentTypeMutation(ApiOperations.Operation operation) {
        byte[] body = bytes(operation.exampleBody());
        return Gen.of(
                        "text/plain",
                        "application/xml",
                        "multipart/form-data",
                        "application/x-www-form-urlencoded",
                        "application/json; charset=ISO-2022-JP",
                        "image/png",
                        "",
                        "application/json, text/plain",
                        "*/*")
                .map(type -> new Request(
                        operation.method(), operation.target(Map.of()), type, body, Map.of(), "content type " + type));
    }

    private static Gen<Request> pathMutation(ApiOperations.Operation operation) {
        if (operation.pathParameters().isEmpty()) {
            return queryMutation(operation);
        }
        return Gen.combine(
                Gen.of(operation.pathParameters()),
                Gen.of(
                        "abc",
                        "1.5",
                        "-1",
                        "0",
                        "99999999999999999999",
                        "%00",
                        "%FF",
                        "%20",
                        "1%3B1",
                        "1e3",
                        "0x10",
                        "%E2%80%AE1",
                        "1,2"),
                (name, value) -> new Request(
                        operation.method(),
                        operation.target(Map.of(name, value)),
                        operation.jsonBody() != null ? "application/json" : "",
                        operation.jsonBody() != null ? bytes(operation.exampleBody()) : new byte[0],
                        Map.of(),
                        "path " + name + "=" + value));
    }

    private static Gen<Request> queryMutation(ApiOperations.Operation operation) {
        List<ApiOperations.Parameter> params = operation.queryParameters();
        Gen<String> names =
                params.isEmpty() ? Gen.of("page", "sort", "x") : Gen.of(params).map(ApiOperations.Parameter::name);
        Gen<String> encodedJunk = Gen.of(
                "%FF",
                "%C3%28",
                "%00",
                "a%00b",
                "%01",
                "%ED%A0%80",
                "%F8%88%80%80%80",
                "%",
                "%G1",
                "%2",
                "abc",
                "1.5",
                "-1",
                "99999999999999999999",
                "1e309",
                "NaN",
                "NOPE",
                "%2B999999999-12-31",
                "-999999999-01-01",
                "2026-13-45",
                "%2C",
                "%2C%2C%2C",
                "name%2Csideways",
                "name%2Casc%2Cdesc",
                "%2Cdesc",
                "x".repeat(9_000),
                "%E2%80%AE",
                "%EF%BF%BF",
                "true%00");
        Gen<Request> single = Gen.combine(
                names,
                encodedJunk,
                (name, value) -> request(operation, name + "=" + value, "query " + name + "=" + abbreviate(value)));
        Gen<Request> repeated =
                names.map(name -> request(operation, name + "=1&" + name + "=2", "query " + name + " twice"));
        return Gen.oneOf(single, single, single, repeated);
    }

    private static Request request(ApiOperations.Operation operation, String query, String mutation) {
        byte[] body = operation.jsonBody() != null ? bytes(operation.exampleBody()) : new byte[0];
        String target = operation.target(Map.of());
        return new Request(
                operation.method(),
                target + (target.contains("?") ? "&" : "?") + query,
                operation.jsonBody() != null ? "application/json" : "",
                body,
                Map.of(),
                mutation);
    }

    private static Request json(ApiOperations.Operation operation, JsonNode body, String mutation) {
        return new Request(
                operation.method(), operation.target(Map.of()), "application/json", bytes(body), Map.of(), mutation);
    }

    /** JSON as UTF-8, every surrogate written as an escape, so that an unpaired one reaches the server as sent. */
    static byte[] bytes(JsonNode node) {
        String text = node.toString();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }
}
