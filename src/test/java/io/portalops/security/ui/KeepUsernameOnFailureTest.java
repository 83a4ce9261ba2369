package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

class KeepUsernameOnFailureTest {

    @Test
    void a_failed_sign_in_keeps_the_typed_username_in_the_session_not_in_the_url() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "analyst");
        request.setParameter("password", "wrong");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new KeepUsernameOnFailure("/login?error")
                .onAuthenticationFailure(request, response, new BadCredentialsException("bad"));

        assertThat(request.getSession().getAttribute(KeepUsernameOnFailure.LAST_USERNAME))
                .isEqualTo("analyst");
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error").doesNotContain("analyst");

        MockHttpServletRequest huge = new MockHttpServletRequest("POST", "/login");
        huge.setParameter("username", "x".repeat(5000));
        new KeepUsernameOnFailure("/login?error")
                .onAuthenticationFailure(huge, new MockHttpServletResponse(), new BadCredentialsException("bad"));
        assertThat((String) huge.getSession().getAttribute(KeepUsernameOnFailure.LAST_USERNAME))
                .hasSize(100);
    }
}
