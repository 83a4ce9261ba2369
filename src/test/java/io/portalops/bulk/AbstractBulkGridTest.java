package io.portalops.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AbstractBulkGridTest {

    @Test
    void a_grid_keeps_its_id_and_a_copy_of_its_filter_parameters() {
        Set<String> filters = new HashSet<>(Set.of("status"));
        BulkGrid grid = new Grid("service_items", filters);
        filters.add("owner");

        assertThat(grid.grid()).isEqualTo("service_items");
        assertThat(grid.filterParameters()).containsExactly("status");
    }

    @Test
    void a_grid_id_that_is_not_a_plain_path_segment_is_refused_when_the_grid_is_built() {
        for (String id : List.of("", "Contracts", "a/b", "a b", "-x", "x%2F")) {
            assertThatThrownBy(() -> new Grid(id, Set.of())).as(id).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static final class Grid extends AbstractBulkGrid {

        Grid(String grid, Set<String> filters) {
            super(grid, filters);
        }

        @Override
        public List<Long> matching(Map<String, String> filter, int limit) {
            return List.of();
        }

        @Override
        public List<BulkAction> actions() {
            return List.of();
        }
    }
}
