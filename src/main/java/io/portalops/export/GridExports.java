package io.portalops.export;

import io.portalops.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The grids that can be exported over the API, by id. */
@Service
public class GridExports {

    private final Map<String, GridExportSource> sources;

    GridExports(List<GridExportSource> sources) {
        this.sources = sources.stream()
                .collect(Collectors.toMap(
                        GridExportSource::grid,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("Two export sources for grid " + a.grid());
                        },
                        TreeMap::new));
    }

    public Set<String> grids() {
        return sources.keySet();
    }

    /** The query for a grid and its filter parameters; an unknown grid or filter is bad input. */
    public ExportQuery query(String grid, Map<String, String> parameters) {
        GridExportSource source = sources.get(grid);
        if (source == null) {
            throw new InvalidInputException(
                    "grid", "Unknown grid '" + grid + "'; exportable grids are " + sources.keySet() + ".");
        }
        return source.query(new ExportParameters(parameters, new HashSet<>(source.parameters())));
    }
}
