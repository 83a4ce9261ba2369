package io.portalops.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Keyboard habits of people who fill forms all day, for combo boxes with an in-memory list of items. */
public final class ComboBoxes {

    private ComboBoxes() {}

    /**
     * Typing part of a label and pressing Enter (or Tab) selects the first matching item, as "Fin" + Enter selects
     * Finland: a label that starts with the text wins over one that merely contains it. The web component commits only
     * an exact label match by itself, so the typed text arrives as a "custom value" and is resolved here; text that
     * matches nothing leaves the value as it was.
     */
    public static <T> ComboBox<T> firstMatchOnEnter(ComboBox<T> combo) {
        combo.setAllowCustomValue(true);
        combo.addCustomValueSetListener(
                typed -> firstMatch(combo, typed.getDetail()).ifPresent(combo::setValue));
        return combo;
    }

    static <T> Optional<T> firstMatch(ComboBox<T> combo, String typed) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Predicate<String> startsWith = label -> label.startsWith(text);
        Predicate<String> contains = label -> label.contains(text);
        for (Predicate<String> rule : java.util.List.of(startsWith, contains)) {
            Optional<T> found = combo.getListDataView()
                    .getItems()
                    .filter(item ->
                            rule.test(combo.getItemLabelGenerator().apply(item).toLowerCase(Locale.ROOT)))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
