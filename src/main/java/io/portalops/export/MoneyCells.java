package io.portalops.export;

import io.portalops.shared.Money;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A cell for sums kept per currency: one money cell when there is one currency, text listing each otherwise. */
public final class MoneyCells {

    private MoneyCells() {}

    public static @Nullable Object of(List<Money> amounts) {
        return switch (amounts.size()) {
            case 0 -> null;
            case 1 -> amounts.getFirst();
            default ->
                amounts.stream()
                        .map(m -> m.amount().toPlainString() + " " + m.currency())
                        .collect(Collectors.joining("; "));
        };
    }
}
