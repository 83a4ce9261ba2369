package io.portalops.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import io.portalops.directory.PersonFilter;
import io.portalops.directory.PersonService;
import io.portalops.directory.PersonSortField;
import io.portalops.shared.paging.SortOrder;
import java.util.List;

/** A person to choose in a combo box (a manager, someone to grant access to): searched by name, page by page. */
record PersonOption(long id, String label) {

    static void lazilySearch(ComboBox<PersonOption> box, PersonService people) {
        box.setItemLabelGenerator(PersonOption::label);
        box.setItems(query -> people
                .search(
                        new PersonFilter(query.getFilter().orElse(""), null, null, null),
                        List.of(new SortOrder<>(PersonSortField.NAME, true)),
                        query.getOffset(),
                        query.getLimit())
                .items()
                .stream()
                .map(p -> new PersonOption(p.id(), p.name() + (p.department() == null ? "" : " · " + p.department()))));
    }
}
