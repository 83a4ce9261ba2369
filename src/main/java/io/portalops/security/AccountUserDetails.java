package io.portalops.security;

import io.portalops.shared.security.AccountPrincipal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in account, for form login and API tokens alike.
 */
public class AccountUserDetails implements UserDetails, CredentialsContainer, AccountPrincipal {

    private final long accountId;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final List<SimpleGrantedAuthority> authorities;
    private final long credentialVersion;
    private final Set<Role> roles;

    AccountUserDetails(
            long accountId,
            String username,
            String displayName,
            @Nullable String passwordHash,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            Set<Role> roles,
            long credentialVersion) {
        this.credentialVersion = credentialVersion;
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.roles = roles.isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(roles);
        this.authorities = roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public long getAccountId() {
        return accountId;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    /** The account's credential version when this principal was loaded, e.g. at sign-in (ADR 017). */
    public long getCredentialVersion() {
        return credentialVersion;
    }

    /** The roles when this principal was loaded. */
    public Set<Role> getRoles() {
        return java.util.EnumSet.copyOf(roles.isEmpty() ? java.util.EnumSet.noneOf(Role.class) : roles);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
