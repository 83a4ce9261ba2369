package io.portalops.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** What a provisioned account takes from the provider's standard claims, cut to what the account table holds. */
final class SsoClaims {

    private static final int USERNAME_MAX = 64;

    private SsoClaims() {}

    /**
     * Authentication method references (RFC 8176) that mean a second factor was used: {@code mfa} itself, or a method
     * beyond the password (a one-time code, a hardware or software key, a smart card, biometrics, an SMS code).
     */
    private static final Set<String> SECOND_FACTOR_METHODS =
            Set.of("mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris", "retina", "vbm", "sms");

    /**
     * Whether the ID token says the user passed a second factor at the provider: its {@code amr} names such a method,
     * or its {@code acr} is one of the values configured for the provider as meaning one (acr values have no standard
     * meaning across providers, so none is trusted unless configured).
     */
    static boolean assertsSecondFactor(@Nullable List<String> amr, @Nullable String acr, List<String> mfaAcrValues) {
        boolean byMethod = amr != null
                && amr.stream().anyMatch(method -> SECOND_FACTOR_METHODS.contains(method.toLowerCase(Locale.ROOT)));
        return byMethod || (acr != null && mfaAcrValues.contains(acr));
    }

    static String issuer(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** preferred_username, else the e-mail, else the subject; only characters safe in a username and a mention. */
    static String usernameBase(OidcUser user) {
        String raw = firstNonBlank(user.getPreferredUsername(), user.getEmail(), user.getSubject());
        String cleaned = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
        return fit(cleaned.isBlank() ? "sso-user" : cleaned);
    }

    static String displayName(OidcUser user) {
        String name = firstNonBlank(
                user.getFullName(),
                joined(user.getGivenName(), user.getFamilyName()),
                user.getPreferredUsername(),
                user.getSubject());
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static @Nullable String email(OidcUser user) {
        String email = user.getEmail();
        return email == null || email.isBlank() || email.length() > 320 ? null : email;
    }

    static String fit(String username) {
        return username.length() > USERNAME_MAX ? username.substring(0, USERNAME_MAX) : username;
    }

    private static @Nullable String joined(@Nullable String given, @Nullable String family) {
        String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return name.isEmpty() ? null : name;
    }

    private static String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
