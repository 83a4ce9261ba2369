package io.portalops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/configuration.md is generated from the configuration metadata that the build writes from the
 * {@code @ConfigurationProperties} records (and META-INF/additional-spring-configuration-metadata.json), so a key
 * added, removed or given another default shows up in review. Regenerate with
 * {@code ./mvnw test -Dtest=ConfigurationDocumentTest -Dconfiguration.update=true}.
 */
class ConfigurationDocumentTest {

    static final Path BASE = Path.of(System.getProperty("basedir", "."));
    static final Path METADATA = BASE.resolve("target/classes/META-INF/spring-configuration-metadata.json");
    static final Path COMMITTED = BASE.resolve("docs/configuration.md");
    static final String UPDATE_HINT = "docs/configuration.md differs from the configuration metadata. If the change is "
            + "intended, run `./mvnw test -Dtest=ConfigurationDocumentTest -Dconfiguration.update=true` and commit it.";

    private static final String HEADER = """
            # Configuration

            Every `portalops.*` key, with its default and meaning. Set a key in `application.properties`, as a command-line
            argument (`--portalops.demo.customers=50`) or as an environment variable (`PORTALOPS_DEMO_CUSTOMERS=50`).
            Durations take `30s`, `5m`, `24h`, `14d` or ISO-8601 (`PT2H`); sizes `10MB`. A key marked *secret* is a
            base64 key that must be set outside the demo profile (the production profile checks them at start).

            Each module reads its keys through one validated `@ConfigurationProperties` record, which holds the
            defaults; a value out of range stops the start with a message naming the key. Keys of Spring Boot itself
            (`server.*`, `spring.*`, `management.*`) are in Boot's documentation.

            Generated from the configuration metadata by `ConfigurationDocumentTest`: do not edit by hand.
            """;

    @Test
    void docs_configuration_md_lists_every_key_of_the_configuration_metadata() throws IOException {
        assertThat(METADATA)
                .as("run the build first: the configuration processor writes it")
                .exists();
        String actual = render(Files.readString(METADATA, StandardCharsets.UTF_8));

        if (Boolean.parseBoolean(System.getProperty("configuration.update", "false"))) {
            Files.writeString(COMMITTED, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(COMMITTED).as(UPDATE_HINT).exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8).replace("\r\n", "\n"))
                .as(UPDATE_HINT)
                .isEqualTo(actual);
    }

    @Test
    void the_metadata_holds_the_keys_of_every_module_with_their_defaults() throws IOException {
        Map<String, Map<String, Object>> byName =
                properties(Files.readString(METADATA, StandardCharsets.UTF_8)).stream()
                        .collect(java.util.stream.Collectors.toMap(p -> (String) p.get("name"), p -> p));

        // a sample per record: the processor saw each one, and the defaults are the ones users had before
        assertThat(byName.get("portalops.contracts.default-approval-limit")).containsEntry("defaultValue", "50000");
        assertThat(byName.get("portalops.events.max-payload-bytes")).containsEntry("defaultValue", 65536);
        assertThat(byName.get("portalops.notifications.outbox.max-backoff")).containsEntry("defaultValue", "6h");
        assertThat(byName.get("portalops.security.jwt.refresh-ttl")).containsEntry("defaultValue", "14d");
        assertThat(byName.get("portalops.export.threads")).containsEntry("defaultValue", 2);
        assertThat(byName.get("portalops.audit.anchor-max-age")).containsEntry("defaultValue", "PT2H");
        assertThat(byName.get("portalops.demo.people")).containsEntry("defaultValue", 5000);
        assertThat(byName.get("portalops.api.docs.public")).containsEntry("defaultValue", true);
        assertThat(byName.get("portalops.reminders.contract-renewal-days"))
                .containsEntry("defaultValue", "[60, 30, 7]");
        assertThat(byName)
                .containsKeys(
                        "portalops.uploads.dir",
                        "portalops.mail.capture-dir",
                        "portalops.jobs.node-name",
                        "portalops.workflow.onboarding-lead-days",
                        "portalops.dashboard.refresh-on-start",
                        "portalops.security.headers.content-security-policy",
                        "portalops.security.lockout.max-failures",
                        "portalops.security.jwt.secret",
                        "portalops.jobs.<name>.cron");
        assertThat(byName.values())
                .allSatisfy(p -> assertThat((String) p.get("description"))
                        .as("%s", p.get("name"))
                        .isNotBlank());
    }

    static String render(String metadataJson) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("| Key | Default | Meaning |\n|---|---|---|\n");
        for (Map<String, Object> property : properties(metadataJson)) {
            String name = (String) property.get("name");
            if (!name.startsWith("portalops.")) {
                continue;
            }
            out.append("| `")
                    .append(name)
                    .append("` | ")
                    .append(defaultOf(property))
                    .append(" | ")
                    .append(cell((String) property.get("description")))
                    .append(" |\n");
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> properties(String metadataJson) {
        Map<String, Object> metadata = JsonMapper.shared().readValue(metadataJson, Map.class);
        return ((List<Map<String, Object>>) metadata.get("properties"))
                .stream()
                        .sorted(Comparator.comparing(p -> (String) p.get("name")))
                        .toList();
    }

    private static String defaultOf(Map<String, Object> property) {
        Object value = property.get("defaultValue");
        String description = String.valueOf(property.get("description"));
        if (description.startsWith("Secret:")) {
            return "*secret*";
        }
        if (value == null || "".equals(value)) {
            return "";
        }
        String text = String.valueOf(value);
        if (String.valueOf(property.get("type")).startsWith("java.util.List") && text.startsWith("[")) {
            text = text.substring(1, text.length() - 1).replace(", ", ","); // as it is written: 60,30,7
        }
        return "`" + text.replace("|", "\\|") + "`";
    }

    /** One table cell: Javadoc's {@code x} as Markdown code, no line breaks, pipes escaped. */
    private static String cell(String description) {
        return description
                .replaceAll("\\{@code ([^}]*)}", "`$1`")
                .replaceAll("\\s+", " ")
                .replace("|", "\\|")
                .strip();
    }
}
