package io.portalops.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bytes an entry's hash is taken over: a JSON object with sorted keys and no white space, the time in UTC with
 * microseconds (what PostgreSQL stores), and the details re-read as a tree, so the form written is the form read back
 * from {@code jsonb} (which reorders keys and adds spaces).
 */
final class AuditCanonicalForm {

    static final String GENESIS = "0".repeat(64);
    static final JsonMapper JSON = JsonMapper.shared();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditCanonicalForm() {}

    record Row(
            long seq,
            Instant occurredAt,
            String actorType,
            @Nullable Long actorId,
            @Nullable String actorName,
            String action,
            @Nullable String targetType,
            @Nullable String targetId,
            String detailsJson,
            @Nullable String clientIp) {}

    static String hash(String prevHash, Row row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical(row).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(Row row) {
        ObjectNode node = JSON.createObjectNode();
        node.put("action", row.action());
        node.put("actorId", row.actorId());
        node.put("actorName", row.actorName());
        node.put("actorType", row.actorType());
        node.put("clientIp", row.clientIp());
        node.set("details", copy(JSON.readTree(row.detailsJson()), UnaryOperator.identity()));
        node.put("occurredAt", TIME.format(row.occurredAt()));
        node.put("seq", row.seq());
        node.put("targetId", row.targetId());
        node.put("targetType", row.targetType());
        return JSON.writeValueAsString(node);
    }

    /** The details as JSON to store, with NUL characters (which jsonb refuses) replaced by U+FFFD, in keys and values. */
    static String detailsJson(Map<String, ?> details) {
        return JSON.writeValueAsString(copy(JSON.valueToTree(details), text -> text.replace('\u0000', '\uFFFD')));
    }

    static @Nullable String withoutNul(@Nullable String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }

    /** Time as stored: PostgreSQL keeps microseconds. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A copy of the tree with every object's keys sorted and every key and string value passed through {@code text}. */
    private static JsonNode copy(JsonNode node, UnaryOperator<String> text) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(field -> fields.put(text.apply(field.getKey()), copy(field.getValue(), text)));
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(copy(element, text)));
            return copy;
        }
        return node.isString() ? JSON.getNodeFactory().stringNode(text.apply(node.stringValue())) : node;
    }
}
