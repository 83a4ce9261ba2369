package io.portalops.shared.db;

import io.portalops.shared.PortalOpsProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * What each profile demands before anything starts (ADR 020). Without a datasource only the explicit {@code demo}
 * profile may run, on the embedded database. {@code production} refuses the demo and requires the datasource, every
 * key from configuration (never generated into files) and an https base URL.
 */
final class ProfileRules {

    static final String DEMO = "demo";
    static final String PRODUCTION = "production";

    static final String NO_DATASOURCE =
            "No database configured: set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD), or run the demo on its embedded database with SPRING_PROFILES_ACTIVE=demo.";

    private ProfileRules() {}

    /** Throws {@link StartupRefusedException} with every problem in one line; returns whether the embedded demo database is wanted. */
    static boolean check(ConfigurableEnvironment environment) {
        boolean demo = environment.acceptsProfiles(Profiles.of(DEMO));
        boolean hasDatasource = present(environment, "spring.datasource.url");
        if (environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            List<String> problems = productionProblems(environment, demo, hasDatasource);
            if (!problems.isEmpty()) {
                throw new StartupRefusedException(
                        "The production profile refuses to start: " + String.join("; ", problems) + ".");
            }
        }
        if (!hasDatasource && !demo) {
            throw new StartupRefusedException(NO_DATASOURCE);
        }
        return demo && !hasDatasource;
    }

    private static List<String> productionProblems(
            ConfigurableEnvironment environment, boolean demo, boolean hasDatasource) {
        List<String> problems = new ArrayList<>();
        if (demo) {
            problems.add(
                    "remove demo from SPRING_PROFILES_ACTIVE (demo logins, the public demo producer key and generated keys "
                            + "never run in production)");
        }
        if (!hasDatasource) {
            problems.add("set SPRING_DATASOURCE_URL");
        }
        List<String> missingKeys = new ArrayList<>();
        for (String key : requiredKeys(environment)) {
            if (!present(environment, key)) {
                missingKeys.add(variable(key));
            }
        }
        if (!missingKeys.isEmpty()) {
            problems.add(
                    "set the keys " + String.join(", ", missingKeys) + " (base64, e.g. `openssl rand -base64 32`)");
        }
        // bound as the app will bind it, so an unset key is judged by its default (PortalOpsProperties)
        String baseUrl = Binder.get(environment)
                .bindOrCreate("portalops", PortalOpsProperties.class)
                .baseUrl();
        if (!baseUrl.startsWith("https://")) {
            problems.add("set PORTALOPS_BASE_URL to the https:// address users open (it is '" + baseUrl + "')");
        }
        return problems;
    }

    static List<String> requiredKeys(ConfigurableEnvironment environment) {
        List<String> keys = new ArrayList<>(List.of(
                "portalops.security.jwt.secret",
                "portalops.crypto.blind-index-key",
                "portalops.audit.anchor-key",
                "portalops.export.signing-key"));
        String active = environment.getProperty("portalops.crypto.active-key", "k1");
        for (String id :
                environment.getProperty("portalops.crypto.key-ids", active).split(",")) {
            keys.add("portalops.crypto.keys." + id.trim());
        }
        return keys;
    }

    static String variable(String property) {
        return property.toUpperCase().replace('.', '_').replace('-', '_');
    }

    private static boolean present(ConfigurableEnvironment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
