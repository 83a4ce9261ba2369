package io.portalops.security;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API clients for machines. An ADMIN creates, disables and rotates them; a key is shown once and kept only as a hash.
 */
@Service
public class ApiClientService {

    public static final Set<String> KNOWN_SCOPES = Set.of("events:write", "metrics:read");

    private final ApiClientRepository clients;
    private final Clock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    ApiClientService(ApiClientRepository clients, Clock clock, AuditLog audit) {
        this.clients = clients;
        this.clock = clock;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiClientListItem> list() {
        return clients.findAllByOrderByNameAsc().stream()
                .map(ApiClientService::toItem)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedApiKey create(String name, Set<String> scopes) {
        String cleanName = name == null ? "" : name.strip();
        if (!cleanName.matches("[A-Za-z0-9][A-Za-z0-9 ._-]{1,99}")) {
            throw new InvalidInputException(
                    "name", "Use 2 to 100 letters, digits, spaces, dots, dashes or underscores.");
        }
        if (clients.existsByName(cleanName)) {
            throw new InvalidInputException("name", "A client with this name exists already.");
        }
        if (scopes == null || scopes.isEmpty() || !KNOWN_SCOPES.containsAll(scopes)) {
            throw new InvalidInputException("scopes", "Choose scopes among " + KNOWN_SCOPES + ".");
        }
        String key = newKey();
        ApiClient client =
                clients.save(new ApiClient(cleanName, scopes, prefix(key), TokenService.hash(key), clock.instant()));
        audit.record(AuditEntry.of(
                "api_client.created",
                "api_client",
                client.getId(),
                Map.of(
                        "name",
                        cleanName,
                        "scopes",
                        scopes.stream().sorted().toList(),
                        "keyPrefix",
                        client.getKeyPrefix())));
        return new IssuedApiKey(toItem(client), key);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedApiKey rotate(long id) {
        ApiClient client = clients.findById(id).orElseThrow(() -> new NotFoundException("API client"));
        String key = newKey();
        String oldPrefix = client.getKeyPrefix();
        client.rotate(prefix(key), TokenService.hash(key), clock.instant());
        audit.record(AuditEntry.of(
                "api_client.key_rotated",
                "api_client",
                id,
                Map.of("name", client.getName(), "oldKeyPrefix", oldPrefix, "keyPrefix", client.getKeyPrefix())));
        return new IssuedApiKey(toItem(client), key);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ApiClientListItem setEnabled(long id, boolean enabled) {
        ApiClient client = clients.findById(id).orElseThrow(() -> new NotFoundException("API client"));
        if (client.isEnabled() != enabled) {
            client.setEnabled(enabled);
            audit.record(AuditEntry.of(
                    enabled ? "api_client.enabled" : "api_client.disabled",
                    "api_client",
                    id,
                    Map.of("name", client.getName())));
        }
        return toItem(client);
    }

    /** For the API filter: the enabled client holding this key, if any. */
    @Transactional(readOnly = true)
    public Optional<ApiClientListItem> authenticate(String key) {
        return clients.findByKeyHash(TokenService.hash(key))
                .filter(ApiClient::isEnabled)
                .map(ApiClientService::toItem);
    }

    /** The demo producer with a well-known key (demo profile only). */
    @Transactional
    void ensureDemoClient(String name, String key) {
        if (!clients.existsByName(name)) {
            clients.save(
                    new ApiClient(name, Set.of("events:write"), prefix(key), TokenService.hash(key), clock.instant()));
        }
    }

    private String newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "po_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String prefix(String key) {
        return key.substring(0, Math.min(8, key.length())) + "…";
    }

    private static ApiClientListItem toItem(ApiClient c) {
        return new ApiClientListItem(
                c.getId(),
                c.getName(),
                c.getKeyPrefix(),
                c.getScopes(),
                c.isEnabled(),
                c.getCreatedAt(),
                c.getRotatedAt());
    }
}
