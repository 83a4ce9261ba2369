package io.portalops.security.ui;

import com.vaadin.flow.server.VaadinSession;
import io.portalops.security.SecondFactorSession;
import io.portalops.security.SignInService;
import io.portalops.security.SignInStep;
import io.portalops.security.TwoFactorService;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Decides, once per browser sign-in, whether it still needs a code or an enrolment (ADR 033), and remembers the answer in
 * the session. The filter ({@link SecondFactorGateFilter}) and the navigation guard ({@link SecondFactorGuard}) ask it;
 * the code and enrolment views tell it when the step is done.
 */
@Component
class SecondFactorGate {

    private final TwoFactorService twoFactor;

    SecondFactorGate(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    /** What the session's current sign-in of {@code accountId} still needs; decided on its first request. */
    SignInStep pending(SessionAttributes session, long accountId) {
        UUID signInId = session.get(SignInService.SESSION_ATTRIBUTE) instanceof UUID id ? id : null;
        if (session.get(SecondFactorSession.STATE) instanceof SecondFactorSession.State state
                && state.accountId() == accountId
                && Objects.equals(state.signInId(), signInId)) {
            return state.pending();
        }
        SignInStep step;
        if (Long.valueOf(accountId).equals(session.get(SecondFactorSession.SATISFIED_BY_IDENTITY_PROVIDER))) {
            step = SignInStep.NONE;
        } else {
            step = twoFactor.stepAfterPassword();
        }
        session.set(SecondFactorSession.SATISFIED_BY_IDENTITY_PROVIDER, null);
        session.set(SecondFactorSession.STATE, new SecondFactorSession.State(accountId, signInId, step));
        return step;
    }

    /** The code was accepted, or the enrolment confirmed: the sign-in is complete. */
    void satisfied(SessionAttributes session, long accountId) {
        UUID signInId = session.get(SignInService.SESSION_ATTRIBUTE) instanceof UUID id ? id : null;
        session.set(SecondFactorSession.STATE, new SecondFactorSession.State(accountId, signInId, SignInStep.NONE));
    }

    static Optional<SessionAttributes> vaadinSession() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? Optional.empty()
                : Optional.of(SessionAttributes.of(session.getSession()));
    }
}
