package io.portalops.shared.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads every row of a query in one pass, a chunk at a time: the JDBC driver fetches {@code size} rows per round
 * trip (PostgreSQL honours the fetch size inside a transaction), and the persistence context is cleared after each
 * chunk, so a million rows take the memory of one chunk. For exports; grids page instead.
 */
public final class Chunks {

    private Chunks() {}

    public static <T> void each(EntityManager entityManager, TypedQuery<T> query, int size, Consumer<List<T>> chunk) {
        query.setHint("org.hibernate.fetchSize", size);
        query.setHint("org.hibernate.readOnly", true);
        List<T> buffer = new ArrayList<>(size);
        try (Stream<T> rows = query.getResultStream()) {
            Iterator<T> iterator = rows.iterator();
            while (iterator.hasNext()) {
                buffer.add(iterator.next());
                if (buffer.size() == size) {
                    chunk.accept(List.copyOf(buffer));
                    buffer.clear();
                    entityManager.clear();
                }
            }
        }
        if (!buffer.isEmpty()) {
            chunk.accept(List.copyOf(buffer));
        }
    }
}
