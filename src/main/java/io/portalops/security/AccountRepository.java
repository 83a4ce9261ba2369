package io.portalops.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.username) = lower(?1)")
    Optional<Account> findByUsernameIgnoreCase(String username);

    /** The account for a name typed at sign-in; a NUL character (which PostgreSQL text cannot hold) matches none. */
    default Optional<Account> findBySignInName(String typed) {
        return typed.indexOf('\u0000') >= 0 ? Optional.empty() : findByUsernameIgnoreCase(typed);
    }

    @Query("select distinct a from Account a join a.roles r where r = ?1 and a.enabled = true order by a.displayName")
    List<Account> findEnabledByRole(Role role);

    List<Account> findByIdIn(Collection<Long> ids);

    List<Account> findAllByOrderByUsernameAsc();

    /** Forgets the account's failed sign-ins (an admin's unlock, a new password); JPA does not write them (ADR 018). */
    @Modifying
    @Query(
            value = "update account set failed_attempts = 0, locked_until = null, last_failed_at = null where id = ?1",
            nativeQuery = true)
    void clearSignInFailures(long accountId);

    /** A sign-in that did not go through the password check (SSO): when, for the Accounts screen. */
    @Modifying
    @Query(value = "update account set last_login_at = ?2 where id = ?1", nativeQuery = true)
    void recordSignIn(long accountId, java.time.Instant at);
}
