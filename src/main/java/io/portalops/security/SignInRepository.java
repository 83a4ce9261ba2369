package io.portalops.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInRepository extends JpaRepository<SignIn, UUID> {

    /** Locked, so that a refresh and a credential change on the same family run one after the other (ADR 017). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SignIn s where s.id = ?1")
    Optional<SignIn> findForUpdate(UUID id);

    @Query("select s from SignIn s where s.accountId = ?1 and s.endedAt is null order by s.lastUsedAt desc")
    List<SignIn> findOpenByAccount(long accountId);

    /**
     * Ends every open sign-in of an account in one statement. It touches only {@code sign_in}, never
     * {@code refresh_token}, so it cannot deadlock with a refresh, which locks its token and then its sign-in.
     */
    @Modifying(flushAutomatically = true)
    @Query("update SignIn s set s.endedAt = ?2, s.endedReason = ?3 where s.accountId = ?1 and s.endedAt is null")
    int endAllOfAccount(long accountId, Instant now, String reason);

    /** The same, sparing the sign-in its owner is using while changing their own password. */
    @Modifying(flushAutomatically = true)
    @Query(
            "update SignIn s set s.endedAt = ?3, s.endedReason = ?4 where s.accountId = ?1 and s.id <> ?2 and s.endedAt is null")
    int endAllOfAccountExcept(long accountId, UUID keep, Instant now, String reason);

    @Query("select count(s) > 0 from SignIn s where s.id = ?1 and s.endedAt is null")
    boolean isOpen(UUID id);
}
