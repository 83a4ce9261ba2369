package io.portalops.security;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which roles must use a second factor (ADR 033): the configuration is the default, an admin may override a role in the
 * Accounts screen, and every change is audited. An account needs a second factor when any of its roles does.
 */
@Service
public class MfaPolicyService {

    private final MfaProperties properties;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUserProvider currentUser;
    private final AuditLog audit;
    private final Clock clock;

    MfaPolicyService(
            MfaProperties properties,
            NamedParameterJdbcTemplate jdbc,
            CurrentUserProvider currentUser,
            AuditLog audit,
            Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MfaRolePolicy> policy() {
        return effective();
    }

    /** Sets a role's override; a value equal to the configuration is still stored, so that a later config change does not move it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MfaRolePolicy setRequired(Role role, boolean required) {
        MfaRolePolicy before = of(role);
        jdbc.update(
                "insert into mfa_role_policy (role, required, changed_at, changed_by) values (:role, :required, :now, :by) "
                        + "on conflict (role) do update set required = excluded.required, changed_at = excluded.changed_at, "
                        + "changed_by = excluded.changed_by",
                new MapSqlParameterSource("role", role.name())
                        .addValue("required", required)
                        .addValue("now", Timestamp.from(clock.instant()))
                        .addValue("by", currentUser.require().accountId()));
        audit.record(AuditEntry.of(
                "mfa.policy_changed",
                "role",
                role.name(),
                Map.of("before", before.required(), "after", required, "configured", before.configured())));
        return of(role);
    }

    /** Lets a role follow the configuration again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MfaRolePolicy followConfiguration(Role role) {
        MfaRolePolicy before = of(role);
        if (before.override() != null) {
            jdbc.update(
                    "delete from mfa_role_policy where role = :role", new MapSqlParameterSource("role", role.name()));
            audit.record(AuditEntry.of(
                    "mfa.policy_reset",
                    "role",
                    role.name(),
                    Map.of("before", before.required(), "after", before.configured())));
        }
        return of(role);
    }

    /** Whether an account holding these roles must use a second factor. */
    @Transactional(readOnly = true)
    boolean requiredFor(Set<Role> roles) {
        return effective().stream().anyMatch(p -> p.required() && roles.contains(p.role()));
    }

    private MfaRolePolicy of(Role role) {
        return effective().stream().filter(p -> p.role() == role).findFirst().orElseThrow();
    }

    private List<MfaRolePolicy> effective() {
        Map<Role, Boolean> overrides = new EnumMap<>(Role.class);
        jdbc.query("select role, required from mfa_role_policy", rs -> {
            try {
                overrides.put(Role.valueOf(rs.getString(1)), rs.getBoolean(2));
            } catch (IllegalArgumentException ignored) {
                // a row for a role that no longer exists protects nothing
            }
        });
        return Arrays.stream(Role.values())
                .map(role -> new MfaRolePolicy(role, properties.requiredRoles().contains(role), overrides.get(role)))
                .toList();
    }
}
