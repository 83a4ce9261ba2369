package io.portalops.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByIssuerAndSubject(String issuer, String subject);

    Optional<AccountLink> findByAccountId(long accountId);

    List<AccountLink> findByAccountIdIn(Collection<Long> accountIds);
}
