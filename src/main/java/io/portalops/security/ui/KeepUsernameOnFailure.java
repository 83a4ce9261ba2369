package io.portalops.security.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * After a failed sign-in the form comes back with the username still typed, so only the password is typed again.
 * The name travels in the (anonymous) session rather than the URL, so it lands in no access log or browser history.
 */
class KeepUsernameOnFailure extends SimpleUrlAuthenticationFailureHandler {

    static final String LAST_USERNAME = KeepUsernameOnFailure.class.getName() + ".username";
    private static final int MAX_LENGTH = 100;

    KeepUsernameOnFailure(String failureUrl) {
        super(failureUrl);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, jakarta.servlet.ServletException {
        String username = request.getParameter("username");
        if (username != null && !username.isBlank()) {
            request.getSession()
                    .setAttribute(
                            LAST_USERNAME,
                            username.length() > MAX_LENGTH ? username.substring(0, MAX_LENGTH) : username);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
