package io.portalops.contract;

import io.portalops.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a contract action at most once per account and Idempotency-Key (ADR 006). The key is claimed first, in the
 * action's own transaction; a repeat with the same request gets the stored answer without acting again, a repeat with a
 * different request is refused. A failed action stores nothing, so it may be retried with the same key.
 */
@Service
public class IdempotentActions {

    public static final int MAX_KEY_LENGTH = 255;

    /** The answer to give: the JSON body exactly as first sent, and whether it is a replay. */
    public record StoredAnswer(int status, String body, boolean replayed) {}

    private final IdempotencyRecordRepository records;
    private final ContractAccess access;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentActions(IdempotencyRecordRepository records, ContractAccess access, JsonMapper json, Clock clock) {
        this.records = records;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param request the request as parsed; its JSON form (fields in declaration order) is hashed to recognise repeats
     * @param action  the contract action; runs only if the key is new
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public StoredAnswer once(String key, Object request, Supplier<ContractDetails> action) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException(
                    "Idempotency-Key", "Use 1 to " + MAX_KEY_LENGTH + " visible ASCII characters.");
        }
        long accountId = access.user().accountId();
        String hash = sha256(json.writeValueAsString(request));
        if (records.claim(accountId, key, hash, clock.instant()) == 0) {
            IdempotencyRecord stored = records.findById(new IdempotencyRecord.Key(accountId, key))
                    .orElseThrow(() -> new IllegalStateException("Idempotency key vanished: " + key));
            if (!stored.getRequestHash().equals(hash)) {
                throw new IdempotencyKeyReusedException();
            }
            if (stored.getResponseStatus() == null || stored.getResponseBody() == null) {
                throw new IllegalStateException("Idempotency key without an answer: " + key);
            }
            return new StoredAnswer(stored.getResponseStatus(), stored.getResponseBody(), true);
        }
        String body = json.writeValueAsString(action.get());
        IdempotencyRecord claimed = records.findById(new IdempotencyRecord.Key(accountId, key))
                .orElseThrow(() -> new IllegalStateException("Idempotency key not claimed: " + key));
        claimed.answer(200, body);
        return new StoredAnswer(200, body, false);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
