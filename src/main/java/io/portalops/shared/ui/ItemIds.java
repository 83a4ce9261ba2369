package io.portalops.shared.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A picker of items bound to the id component of a form record ({@code ownerId}, {@code customerId}): the record holds
 * the id, the field the item. Back from an id, the field keeps its item when it has that id, since the forms fill their
 * pickers themselves (some search lazily and cannot list every item).
 */
public final class ItemIds<T> implements Converter<@Nullable T, @Nullable Long> {

    private final HasValue<?, T> field;
    private final SerializableFunction<T, Long> id;

    private ItemIds(HasValue<?, T> field, SerializableFunction<T, Long> id) {
        this.field = field;
        this.id = id;
    }

    public static <T> ItemIds<T> of(HasValue<?, T> field, SerializableFunction<T, Long> id) {
        return new ItemIds<>(field, id);
    }

    @Override
    public Result<@Nullable Long> convertToModel(@Nullable T item, ValueContext context) {
        return Result.ok(item == null ? null : id.apply(item));
    }

    @Override
    public @Nullable T convertToPresentation(@Nullable Long value, ValueContext context) {
        T item = field.getValue();
        return item != null && Objects.equals(id.apply(item), value) ? item : null;
    }
}
