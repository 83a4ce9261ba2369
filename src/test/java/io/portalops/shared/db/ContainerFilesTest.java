package io.portalops.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker daemon runs here, so docker/compose.yaml and docker/Dockerfile are checked by reading them: the services
 * and their health-gated start, the two database roles, every key the production profile demands, the volumes for
 * uploads and anchors, the monitoring profile loading the dashboard and alert rules that exist, and the image's
 * health check, user and JVM flags.
 */
class ContainerFilesTest {

    static final Path COMPOSE = Path.of("docker/compose.yaml");
    static final Path DOCKERFILE = Path.of("docker/Dockerfile");

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(Object::toString).toList();
    }

    static Map<String, Object> compose() throws IOException {
        return map(new Yaml().load(Files.readString(COMPOSE)));
    }

    static Map<String, Object> service(String name) throws IOException {
        return map(map(compose().get("services")).get(name));
    }

    @Test
    void compose_starts_the_app_only_once_the_database_is_healthy_and_both_have_health_checks() throws IOException {
        assertThat(map(compose().get("services"))).containsOnlyKeys("db", "app", "prometheus", "grafana");
        assertThat(map(map(service("app").get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
        assertThat(map(service("db").get("healthcheck")).get("test").toString()).contains("pg_isready");
        assertThat(map(service("app").get("healthcheck")).get("test").toString())
                .contains("http://localhost:8080/actuator/health/readiness");
        assertThat(service("db")).doesNotContainKey("profiles").doesNotContainKey("ports");
        assertThat(service("app")).doesNotContainKey("profiles");
    }

    @Test
    void the_app_migrates_as_the_owner_and_runs_as_an_unprivileged_role_that_the_init_script_creates()
            throws IOException {
        Map<String, Object> env = map(service("app").get("environment"));
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "production");
        assertThat(env.get("SPRING_DATASOURCE_USERNAME"))
                .isEqualTo("portalops_app")
                .isEqualTo(env.get("PORTALOPS_DB_APP_ROLE"))
                .isNotEqualTo(env.get("SPRING_FLYWAY_USER"));
        assertThat(env.get("SPRING_FLYWAY_USER")).isEqualTo("portalops_owner");
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isNotEqualTo(env.get("SPRING_FLYWAY_PASSWORD"));
        String init = map(map(compose().get("configs")).get("create-roles"))
                .get("content")
                .toString();
        assertThat(init)
                .contains(
                        "create role portalops_owner login",
                        "alter database portalops owner to portalops_owner",
                        "revoke create on schema public from public");
        assertThat(init)
                .containsPattern("create role portalops_app login .* nosuperuser nocreatedb nocreaterole noinherit");
    }

    @Test
    void the_app_gets_every_key_the_production_profile_demands_from_a_required_variable() throws IOException {
        Map<String, Object> env = map(service("app").get("environment"));
        for (String key : ProfileRules.requiredKeys(new StandardEnvironment())) {
            String variable = ProfileRules.variable(key);
            assertThat(env).as(variable).containsKey(variable);
            assertThat(env.get(variable).toString()).as(variable).matches("\\$\\{[A-Z0-9_]+:\\?.+}");
        }
        assertThat(env.get("PORTALOPS_BASE_URL").toString()).startsWith("${PORTALOPS_BASE_URL:?");
        assertThat(env).containsKeys("SPRING_DATASOURCE_URL", "PORTALOPS_ADMIN_PASSWORD");
    }

    @Test
    void uploads_and_audit_anchors_live_on_named_volumes() throws IOException {
        Map<String, Object> app = service("app");
        Map<String, Object> env = map(app.get("environment"));
        List<String> mounts =
                ((List<?>) app.get("volumes")).stream().map(Object::toString).toList();
        String uploads = env.get("PORTALOPS_UPLOADS_DIR").toString();
        String anchors = Path.of(env.get("PORTALOPS_AUDIT_ANCHOR_FILE").toString())
                .getParent()
                .toString();
        assertThat(mounts).contains("uploads:" + uploads, "anchors:" + anchors);
        assertThat(map(compose().get("volumes"))).containsKeys("db", "uploads", "anchors");
    }

    @Test
    void the_monitoring_profile_loads_the_dashboard_and_the_alert_rules_that_exist() throws IOException {
        Map<String, Object> prometheus = service("prometheus");
        Map<String, Object> grafana = service("grafana");
        assertThat(prometheus.get("profiles")).isEqualTo(List.of("monitoring"));
        assertThat(grafana.get("profiles")).isEqualTo(List.of("monitoring"));
        assertThat(strings(prometheus.get("volumes"))).contains("../docs/ops/alerts.yml:/etc/prometheus/alerts.yml:ro");
        assertThat(strings(grafana.get("volumes")))
                .contains("../docs/ops/grafana-dashboard.json:/var/lib/grafana/dashboards/portalops.json:ro");
        assertThat(Path.of("docs/ops/alerts.yml")).isRegularFile();
        assertThat(Path.of("docs/ops/grafana-dashboard.json")).isRegularFile();

        Map<String, Object> configs = map(compose().get("configs"));
        Map<String, Object> scrape = map(
                new Yaml().load(map(configs.get("prometheus")).get("content").toString()));
        assertThat(strings(scrape.get("rule_files"))).containsExactly("/etc/prometheus/alerts.yml");
        Map<String, Object> job = map(((List<?>) scrape.get("scrape_configs")).getFirst());
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        assertThat(job.get("static_configs").toString()).contains("app:8080");
        assertThat(job.get("http_headers").toString()).contains("X-API-Key");
        Map<String, Object> provider = map(((List<?>) map(new Yaml()
                                .load(map(configs.get("grafana-dashboards"))
                                        .get("content")
                                        .toString()))
                        .get("providers"))
                .getFirst());
        assertThat(map(provider.get("options"))).containsEntry("path", "/var/lib/grafana/dashboards");
    }

    @Test
    void every_required_compose_variable_is_documented_in_the_runbook() throws IOException {
        Set<String> required = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?").matcher(Files.readString(COMPOSE));
        while (matcher.find()) {
            required.add(matcher.group(1));
        }
        assertThat(required).hasSizeGreaterThan(8);
        String runbook = Files.readString(Path.of("docs/ops/runbook.md"));
        assertThat(required).allSatisfy(variable -> assertThat(runbook).contains(variable));
    }

    @Test
    void the_image_runs_the_production_jar_as_a_non_root_user_with_a_readiness_health_check_and_container_jvm_flags()
            throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE).stream()
                .map(String::strip)
                .filter(l -> !l.startsWith("#"))
                .toList();
        String text = String.join("\n", lines);
        assertThat(text).contains("COPY target/portalops-*.jar portalops.jar");
        assertThat(text)
                .containsPattern(
                        "HEALTHCHECK [^\\n]*\\\\\\n\\s*CMD curl -fsS http://localhost:8080/actuator/health/readiness");
        assertThat(text).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
        String user = lines.stream()
                .filter(l -> l.startsWith("USER "))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(user).isEqualTo("USER portalops");
        assertThat(text.indexOf("USER portalops")).isLessThan(text.indexOf("ENTRYPOINT"));
        assertThat(text).contains("useradd --system --uid 10001");
    }

    @Test
    void the_image_trains_an_aot_cache_on_the_extracted_jar_and_starts_with_it_under_the_same_jvm_flags()
            throws IOException {
        String text = String.join(
                "\n",
                Files.readAllLines(DOCKERFILE).stream()
                        .map(String::strip)
                        .filter(l -> !l.startsWith("#"))
                        .toList());
        // the cache only works with the extracted form, so the image runs the extracted jar
        assertThat(text).contains("FROM eclipse-temurin:25-jre AS extract");
        assertThat(text).contains("java -Djarmode=tools -jar portalops.jar extract --layers --destination layers");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(text).contains("COPY --from=extract --chown=portalops /extract/layers/" + layer + "/ ./");
        }
        String training = runWith(text, "-XX:AOTCacheOutput=");
        assertThat(training)
                .contains("-XX:AOTCacheOutput=/app/portalops.aot", "-Dspring.context.exit=onRefresh")
                .contains("-jar /app/portalops.jar", "--spring.profiles.active=demo");
        assertThat(text.indexOf("RUN java -XX"))
                .as("trained as the user that runs it (PostgreSQL refuses root), on the final classpath")
                .isGreaterThan(text.indexOf("USER portalops"))
                .isGreaterThan(text.lastIndexOf("COPY --from=extract"));
        String entrypoint = text.substring(text.indexOf("ENTRYPOINT"));
        assertThat(entrypoint).contains("\"-XX:AOTCache=/app/portalops.aot\"", "\"-jar\", \"/app/portalops.jar\"");
        Matcher flags = Pattern.compile("-XX:[+]?(MaxRAMPercentage=\\d+|InitialRAMPercentage=\\d+|UseG1GC)")
                .matcher(training);
        Set<String> trainingFlags = new LinkedHashSet<>();
        while (flags.find()) {
            trainingFlags.add(flags.group());
        }
        assertThat(trainingFlags).as("the JVM flags a cache must match").hasSize(3);
        assertThat(trainingFlags).allSatisfy(flag -> assertThat(entrypoint).contains("\"" + flag + "\""));
    }

    /** The RUN instruction (with its continuation lines) that contains {@code marker}. */
    private static String runWith(String dockerfile, String marker) {
        int at = dockerfile.indexOf(marker);
        assertThat(at).as("a RUN with %s", marker).isPositive();
        int start = dockerfile.lastIndexOf("\nRUN ", at) + 1;
        int end = dockerfile.indexOf("\n\n", at);
        return dockerfile.substring(start, end < 0 ? dockerfile.length() : end);
    }
}
