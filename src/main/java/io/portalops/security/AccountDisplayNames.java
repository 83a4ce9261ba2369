package io.portalops.security;

import io.portalops.shared.security.DisplayNames;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountDisplayNames implements DisplayNames {

    /** Authors that are no account: the demo generator and the application's own jobs. */
    private static final Map<String, String> MACHINES = Map.of("demo-data", "Demo data generator", "system", "System");

    private final AccountRepository accounts;

    AccountDisplayNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String username : java.util.Set.copyOf(usernames)) {
            String machine = MACHINES.get(username);
            names.put(
                    username,
                    machine != null
                            ? machine
                            : accounts.findByUsernameIgnoreCase(username.toLowerCase(Locale.ROOT))
                                    .map(Account::getDisplayName)
                                    .orElse(username));
        }
        return names;
    }
}
