package io.portalops.audit;

import io.portalops.shared.security.DisplayNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns the Envers revisions of an entity into field-by-field changes, newest first. The caller says how a snapshot
 * reads as labelled fields, already masked where the viewer may not see a value.
 */
@Component
public class EntityChanges {

    public static final int MAX_REVISIONS = 500;

    /** The author of the demo generator's one creation revision per seed (CustomerDemoData and the others). */
    static final String SEEDER = "demo-data";

    private final EntityHistory history;
    private final DisplayNames names;

    EntityChanges(EntityHistory history, DisplayNames names) {
        this.history = history;
        this.names = names;
    }

    public <T> List<EntityChange> of(Class<T> type, Object id, Function<T, Map<String, String>> fields) {
        return diff(revisions(type, id), fields);
    }

    /** The revisions, oldest first, for a caller that looks up names for all of them at once before {@link #diff}. */
    public <T> List<RevisionSnapshot<T>> revisions(Class<T> type, Object id) {
        return history.revisions(type, id, MAX_REVISIONS);
    }

    public <T> List<EntityChange> diff(List<RevisionSnapshot<T>> revisions, Function<T, Map<String, String>> fields) {
        return diff(revisions, fields, entity -> Map.of());
    }

    /**
     * As {@link #diff(List, Function)}, for fields shown masked: {@code secrets} gives their values in clear, only to
     * compare revisions, so that a change between two values with the same mask still shows, as "(changed)".
     */
    public <T> List<EntityChange> diff(
            List<RevisionSnapshot<T>> revisions,
            Function<T, Map<String, String>> fields,
            Function<T, Map<String, String>> secrets) {
        return diff(revisions, fields, secrets, entity -> null);
    }

    /**
     * As above; {@code createdAt} gives the record's own creation time, shown for a creation by the demo generator,
     * whose single revision per seed carries the seeding time rather than the date the record says it was made.
     */
    public <T> List<EntityChange> diff(
            List<RevisionSnapshot<T>> revisions,
            Function<T, Map<String, String>> fields,
            Function<T, Map<String, String>> secrets,
            Function<T, @Nullable Instant> createdAt) {
        Map<String, String> actors =
                names.of(revisions.stream().map(RevisionSnapshot::actor).collect(Collectors.toSet()));
        List<EntityChange> changes = new ArrayList<>();
        Map<String, String> previous = Map.of();
        Map<String, String> previousSecrets = Map.of();
        for (RevisionSnapshot<T> revision : revisions) {
            Map<String, String> current = fields.apply(revision.entity());
            Map<String, String> currentSecrets = secrets.apply(revision.entity());
            List<EntityChange.FieldChange> diff = new ArrayList<>();
            for (var entry : current.entrySet()) {
                String old = previous.getOrDefault(entry.getKey(), "");
                boolean secretChanged = currentSecrets.containsKey(entry.getKey())
                        && !previous.isEmpty()
                        && !Objects.equals(previousSecrets.get(entry.getKey()), currentSecrets.get(entry.getKey()));
                if (!Objects.equals(old, entry.getValue())) {
                    diff.add(new EntityChange.FieldChange(entry.getKey(), old, entry.getValue()));
                } else if (secretChanged) {
                    diff.add(new EntityChange.FieldChange(entry.getKey(), old, entry.getValue() + " (changed)"));
                }
            }
            if (!diff.isEmpty() || revision.kind() != RevisionSnapshot.RevisionKind.CHANGED) {
                Instant seeded =
                        revision.kind() == RevisionSnapshot.RevisionKind.CREATED && SEEDER.equals(revision.actor())
                                ? createdAt.apply(revision.entity())
                                : null;
                changes.add(new EntityChange(
                        revision.revision(),
                        seeded != null ? seeded : revision.at(),
                        actors.getOrDefault(revision.actor(), revision.actor()),
                        label(revision.kind()),
                        diff));
            }
            previous = current;
            previousSecrets = currentSecrets;
        }
        return changes.reversed();
    }

    private static String label(RevisionSnapshot.RevisionKind kind) {
        return switch (kind) {
            case CREATED -> "Created";
            case CHANGED -> "Changed";
            case DELETED -> "Deleted";
        };
    }
}
