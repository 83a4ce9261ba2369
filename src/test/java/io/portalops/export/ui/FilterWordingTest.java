package io.portalops.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterWordingTest {

    @Test
    void an_exports_filters_read_in_the_grids_words_not_in_codes() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "PENDING_APPROVAL");
        filters.put("minValue", "100000");
        filters.put("flagged", "true");
        filters.put("sort", "NUMBER desc, END_DATE asc");

        assertThat(FilterWording.describe(filters, "no filters"))
                .isEqualTo("Status: Pending approval, Value from: 100000, Flagged: yes, "
                        + "sorted by Number, descending, then End date, ascending")
                .doesNotContain("PENDING_APPROVAL", "NUMBER", " = ");
        assertThat(FilterWording.describe(Map.of(), "no filters")).isEqualTo("no filters");
    }
}
