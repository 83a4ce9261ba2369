package io.portalops.security;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountUserDetails loadUserByUsername(String username) {
        Account account =
                accounts.findBySignInName(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return toDetails(account);
    }

    /** The account a name typed at sign-in names, read without touching the entity's version. */
    @Transactional(readOnly = true)
    public Optional<AccountUserDetails> findBySignInName(String typed) {
        return accounts.findBySignInName(typed).map(this::toDetails);
    }

    AccountUserDetails toDetails(Account account) {
        return new AccountUserDetails(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.isEnabled(),
                account.isLockedAt(clock.instant()),
                account.isMustChangePassword(),
                account.getRoles(),
                account.getCredentialVersion());
    }
}
