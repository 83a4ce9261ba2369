package io.portalops;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs code as a given account, for tests where several people act in turn. */
@Component
public class TestUsers {

    private final UserDetailsService userDetails;

    public TestUsers(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public <T> T as(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        UserDetails user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
