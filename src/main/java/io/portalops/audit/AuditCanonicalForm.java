package io.portalops.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditCanonicalForm() {
    }

    record Row(long seq, Instant occurredAt, String actorType, @Nullable Long actorId, @Nullable String actorName, String action,
            @Nullable String targetType, @Nullable String targetId, String detailsJson, @Nullable String clientIp) {
    }

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
        node.set("details", sorted(JSON.readTree(row.detailsJson())));
        node.put("occurredAt", TIME.format(row.occurredAt()));
        node.put("seq", row.seq());
        node.put("targetId", row.targetId());
        node.put("targetType", row.targetType());
        return JSON.writeValueAsString(node);
    }

    /** The details as JSON to store, with NUL characters (which jsonb refuses) replaced by U+FFFD, in keys and values. */
    static String detailsJson(Map<String, ?> details) {
        return JSON.writeValueAsString(withoutNul(JSON.valueToTree(details)));
    }

    static @Nullable String withoutNul(@Nullable String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }

    private static JsonNode withoutNul(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(field -> copy.set(withoutNul(field.getKey()), withoutNul(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(withoutNul(element)));
            return copy;
        }
        return node.isString() ? JSON.getNodeFactory().stringNode(withoutNul(node.stringValue())) : node;
    }

    /** Time as stored: PostgreSQL keeps microseconds. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
