package io.portalops.shared.validation;

import static io.portalops.shared.validation.WritableColumns.NOT_FROM_INPUT;
import static io.portalops.shared.validation.WritableColumns.WRITTEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.shared.validation.WritableColumns.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every text column a user, an API client or an import can fill is bounded by validation at no more than the column
 * holds, and refuses the characters it cannot store (issue #18). The schema is read from the database, so a column
 * added later fails here until it is classified in {@link WritableColumns}; the input records are read from the
 * running app's request mappings and the services' {@code @Valid} parameters, so a new one fails here until each of
 * its strings has a limit.
 */
@SpringBootTest
class ColumnLimitsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    /** table.column to its character_maximum_length, or null for text; partitions and the migration history left out. */
    private Map<String, Integer> textColumns() {
        Map<String, Integer> columns = new TreeMap<>();
        jdbc.query("""
                select c.table_name || '.' || c.column_name as name, c.character_maximum_length as length
                from information_schema.columns c
                join pg_class t on t.relname = c.table_name and t.relkind in ('r', 'p')
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = c.table_schema
                where c.table_schema = current_schema() and not t.relispartition
                  and c.data_type in ('character varying', 'text', 'character')
                  and c.table_name <> 'flyway_schema_history'""", (java.sql.ResultSet row) -> {
            int length = row.getInt("length");
            columns.put(row.getString("name"), row.wasNull() ? null : length);
        });
        return columns;
    }

    private static boolean audited(String column) {
        return column.substring(0, column.indexOf('.')).endsWith("_aud");
    }

    @Test
    void every_text_column_is_either_filled_from_checked_input_or_named_as_written_by_the_app_itself() {
        List<String> unclassified = textColumns().keySet().stream()
                .filter(c -> !audited(c))
                .filter(c -> !WRITTEN.containsKey(c) && !NOT_FROM_INPUT.containsKey(c))
                .toList();
        assertThat(unclassified)
                .as("new text columns: add each to WritableColumns with the input field that fills it "
                        + "(and a @Size on that field), or say why no input reaches it")
                .isEmpty();
        Set<String> gone = new LinkedHashSet<>(WRITTEN.keySet());
        gone.addAll(NOT_FROM_INPUT.keySet());
        gone.removeAll(textColumns().keySet());
        assertThat(gone)
                .as("columns WritableColumns names that the schema no longer has")
                .isEmpty();
    }

    @Test
    void no_writable_field_accepts_more_characters_than_its_column_holds() {
        Map<String, Integer> columns = textColumns();
        List<String> over = new ArrayList<>();
        WRITTEN.forEach((column, sources) -> {
            Integer holds = columns.get(column);
            for (Source source : sources) {
                int max = source.max();
                if (max == Integer.MAX_VALUE) {
                    over.add(column + " <- " + source + ": no @Size(max)");
                } else if (holds != null && max > holds) {
                    over.add(column + " (" + holds + ") <- " + source + ": " + max);
                }
            }
        });
        assertThat(over).isEmpty();
    }

    @Test
    void every_writable_field_refuses_the_characters_its_column_cannot_store() {
        List<String> open = new ArrayList<>();
        WRITTEN.forEach((column, sources) -> sources.stream()
                .filter(s -> !s.refusesControlCharacters())
                .forEach(s -> open.add(column + " <- " + s)));
        assertThat(open)
                .as("each needs @SingleLineText, @MultiLineText or a @Pattern that admits no control character")
                .isEmpty();
    }

    @Test
    void an_audit_table_holds_what_its_table_holds() {
        Map<String, Integer> columns = textColumns();
        List<String> narrower = new ArrayList<>();
        columns.forEach((column, length) -> {
            if (audited(column)) {
                String base = column.replaceFirst("_aud\\.", ".");
                if (columns.containsKey(base)
                        && length != null
                        && (columns.get(base) == null || length < columns.get(base))) {
                    narrower.add(column + " " + length + " < " + base + " " + columns.get(base));
                }
            }
        });
        assertThat(narrower).isEmpty();
    }

    /** Strings no column limit applies to, with why they are bounded all the same. */
    private static final Map<String, String> UNSTORED_STRINGS = Map.of(
            "ActionRequest.action", "an action name; anything else is a 422 naming the known ones",
            "ActionPayload.severity", "LOW, MEDIUM or HIGH; anything else is a 422",
            "NewAccount.initialPassword", "PasswordPolicy: 12 to 128 characters; only its hash is stored");

    @Test
    void every_string_an_input_record_takes_has_a_length_limit() {
        Set<Class<?>> inputs = new LinkedHashSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().values().forEach(handler -> {
                    for (Parameter parameter : handler.getMethod().getParameters()) {
                        if (parameter.isAnnotationPresent(RequestBody.class)) {
                            inputs.addAll(records(parameter.getParameterizedType()));
                        }
                    }
                }));
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("io.portalops.")) {
                continue;
            }
            for (Method method : ClassUtils.getUserClass(type).getMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(Valid.class)) {
                        inputs.addAll(records(parameter.getParameterizedType()));
                    }
                }
            }
        }
        assertThat(inputs).as("the request bodies were found").hasSizeGreaterThan(15);

        Map<String, String> unbounded = new LinkedHashMap<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        inputs.forEach(type -> unboundedStrings(type, seen, unbounded));
        UNSTORED_STRINGS.keySet().forEach(unbounded::remove);
        assertThat(unbounded)
                .as("strings of input records without @Size(max): give each the limit of the column it fills")
                .isEmpty();
    }

    private static void unboundedStrings(Class<?> type, Set<Class<?>> seen, Map<String, String> unbounded) {
        if (!seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            if (component.getType() == String.class) {
                Size size = field.getAnnotation(Size.class);
                if (size == null || size.max() == Integer.MAX_VALUE) {
                    unbounded.put(type.getSimpleName() + "." + component.getName(), type.getName());
                }
            }
            records(component.getGenericType()).forEach(nested -> unboundedStrings(nested, seen, unbounded));
        }
    }

    /** The records a parameter or component type carries: itself, or the elements of a collection. */
    private static List<Class<?>> records(Type type) {
        if (type instanceof Class<?> raw && raw.isRecord() && raw.getName().startsWith("io.portalops.")) {
            return List.of(raw);
        }
        if (type instanceof ParameterizedType generic
                && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return records(generic.getActualTypeArguments()[0]);
        }
        return List.of();
    }
}
