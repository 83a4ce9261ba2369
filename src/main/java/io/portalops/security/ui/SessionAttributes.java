package io.portalops.security.ui;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/** The one HTTP session, seen by the servlet filter as an {@link HttpSession} and by the Vaadin UI as a {@link WrappedSession}. */
interface SessionAttributes {

    @Nullable
    Object get(String name);

    void set(String name, @Nullable Object value);

    static SessionAttributes of(HttpSession session) {
        return new SessionAttributes() {
            @Override
            public @Nullable Object get(String name) {
                return session.getAttribute(name);
            }

            @Override
            public void set(String name, @Nullable Object value) {
                session.setAttribute(name, value);
            }
        };
    }

    static SessionAttributes of(WrappedSession session) {
        return new SessionAttributes() {
            @Override
            public @Nullable Object get(String name) {
                return session.getAttribute(name);
            }

            @Override
            public void set(String name, @Nullable Object value) {
                session.setAttribute(name, value);
            }
        };
    }
}
