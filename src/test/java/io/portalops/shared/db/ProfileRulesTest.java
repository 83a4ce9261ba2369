package io.portalops.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.PortalOpsApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No silent fallback to the demo (ADR 020): the embedded database starts only with the demo profile asked for, a start
 * without a datasource stops with one line naming SPRING_DATASOURCE_URL, and production refuses the demo, a missing
 * datasource, missing keys and a plain-http base URL. Every refused start fails before any database starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProfileRulesTest {

    static final Path MUST_NOT_START = Path.of("target/profile-rules-embedded-must-not-start");

    static String key() {
        return Base64.getEncoder().encodeToString(new byte[32]);
    }

    /** The test configuration turns the demo on; an empty spring.profiles.active on the command line turns it off again. */
    static Throwable startFails(String... args) {
        List<String> all =
                new ArrayList<>(List.of("--server.port=0", "--portalops.embedded-postgres.data-dir=" + MUST_NOT_START));
        all.addAll(List.of(args));
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> new SpringApplicationBuilder(PortalOpsApplication.class)
                        .run(all.toArray(String[]::new))
                        .close())
                .satisfies(e -> thrown[0] = e);
        assertThat(EmbeddedPostgresLauncher.isRunning(MUST_NOT_START))
                .as("no embedded database started")
                .isFalse();
        assertThat(Files.exists(MUST_NOT_START)).isFalse();
        return thrown[0];
    }

    static List<String> productionKeys() {
        return List.of(
                "--portalops.security.jwt.secret=" + key(),
                "--portalops.crypto.keys.k1=" + key(),
                "--portalops.crypto.blind-index-key=" + key(),
                "--portalops.audit.anchor-key=" + key(),
                "--portalops.export.signing-key=" + key());
    }

    @Test
    void a_start_without_a_datasource_and_without_the_demo_profile_stops_with_one_line_naming_the_variable(
            CapturedOutput output) {
        Throwable refused = startFails("--spring.profiles.active=");
        assertThat(refused).isInstanceOf(StartupRefusedException.class);
        assertThat(refused.getMessage())
                .contains("SPRING_DATASOURCE_URL")
                .contains("SPRING_PROFILES_ACTIVE=demo")
                .doesNotContain("\n");
        assertThat(output).contains("APPLICATION FAILED TO START").contains(ProfileRules.NO_DATASOURCE);
        assertThat(output)
                .as("no stack trace wall")
                .doesNotContain("\tat org.springframework")
                .doesNotContain("\tat io.portalops");
    }

    @Test
    void production_refuses_the_demo_profile_even_with_everything_else_set() {
        List<String> args = new ArrayList<>(productionKeys());
        args.addAll(List.of(
                "--spring.profiles.active=production,demo",
                "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--portalops.base-url=https://portal.example.com"));
        Throwable refused = startFails(args.toArray(String[]::new));
        assertThat(refused)
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("remove demo from SPRING_PROFILES_ACTIVE")
                .hasMessageNotContaining("PORTALOPS_")
                .hasMessageNotContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void production_refuses_to_start_without_a_datasource_even_when_asked_for_nothing_else() {
        List<String> args = new ArrayList<>(productionKeys());
        args.addAll(List.of("--spring.profiles.active=production", "--portalops.base-url=https://portal.example.com"));
        assertThat(startFails(args.toArray(String[]::new)))
                .hasMessageContaining("set SPRING_DATASOURCE_URL")
                .hasMessageNotContaining("remove demo");
    }

    @Test
    void production_without_keys_names_every_missing_key_and_generates_none() {
        Throwable refused = startFails(
                "--spring.profiles.active=production",
                "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
                "--portalops.base-url=https://portal.example.com",
                "--portalops.crypto.key-ids=k1,k2",
                "--portalops.crypto.keys.k1=" + key(),
                "--portalops.data-dir=target/profile-rules-data");
        assertThat(refused)
                .hasMessageContaining("PORTALOPS_SECURITY_JWT_SECRET")
                .hasMessageContaining("PORTALOPS_CRYPTO_BLIND_INDEX_KEY")
                .hasMessageContaining("PORTALOPS_AUDIT_ANCHOR_KEY")
                .hasMessageContaining("PORTALOPS_EXPORT_SIGNING_KEY")
                .hasMessageContaining("PORTALOPS_CRYPTO_KEYS_K2")
                .hasMessageNotContaining("PORTALOPS_CRYPTO_KEYS_K1");
        assertThat(Files.exists(Path.of("target/profile-rules-data/keys")))
                .as("no key generated into a file")
                .isFalse();
    }

    @Test
    void production_refuses_a_base_url_that_is_not_https() {
        List<String> args = new ArrayList<>(productionKeys());
        args.addAll(List.of(
                "--spring.profiles.active=production", "--spring.datasource.url=jdbc:postgresql://localhost:1/none"));
        assertThat(startFails(args.toArray(String[]::new)))
                .hasMessageContaining("PORTALOPS_BASE_URL")
                .hasMessageContaining("https://")
                .hasMessageContaining("'http://localhost:8080'");
    }
}
